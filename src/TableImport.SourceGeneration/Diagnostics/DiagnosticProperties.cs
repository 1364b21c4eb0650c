namespace TableImport.SourceGeneration.Diagnostics
{
    /// <summary>
    /// Keys of <c>Diagnostic.Properties</c>: what the analyzer already worked out and a code fix needs, so that fixes
    /// never re-derive a rule's reasoning from syntax.
    /// </summary>
    internal static class DiagnosticProperties
    {
        /// <summary>The role attribute a fix adds, without <c>Attribute</c> (<c>PredictionId</c>, <c>Feature</c>, ...).</summary>
        public const string Attribute = "Attribute";

        /// <summary>The member a fix edits; its identifier is the diagnostic's first additional location.</summary>
        public const string MemberName = "MemberName";

        /// <summary>The column name a fix writes into <c>[ColumnName]</c>.</summary>
        public const string ColumnName = "ColumnName";
    }
}
