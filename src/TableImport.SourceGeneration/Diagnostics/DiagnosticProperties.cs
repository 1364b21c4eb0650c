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

        /// <summary>The column type a fix writes into a DataAnnotations <c>[Column(TypeName = ...)]</c> (TI0023 on a decimal).</summary>
        public const string ColumnTypeName = "ColumnTypeName";

        /// <summary>
        /// The precision TI0023's fix declares for a decimal: EF Core's own default for a decimal without one (SQL Server's
        /// <c>decimal(18, 2)</c>), the type an EF Core user's table most likely has already.
        /// </summary>
        public const string DefaultDecimalTypeName = "decimal(18, 2)";
    }
}
