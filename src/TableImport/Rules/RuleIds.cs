namespace TableImport.Rules
{
    /// <summary>
    /// The TI rule IDs. They are public contract (users suppress them by ID, docs link to them): an ID is never reused,
    /// and a retired rule keeps its line here. Which rules the engine judges, and which only the analyzer can, is the
    /// rulebook's "Where each rule is judged".
    /// </summary>
    internal static class RuleIds
    {
        public const string JobTypeNotPartial = "TI0001";
        public const string JobTypeGeneric = "TI0002";
        public const string MissingPredictionId = "TI0003";
        public const string MissingChangeTimestamp = "TI0004";
        public const string MissingPredictionTimestamp = "TI0005";
        public const string DuplicateRole = "TI0006";
        public const string DuplicateColumn = "TI0007";
        public const string MissingRequiredColumns = "TI0008";
        public const string RoleNotAllowedForModelType = "TI0009";
        public const string MemberTypeNotAllowedForRole = "TI0010";
        public const string InvalidTable = "TI0011";
        public const string EventBasedNotSnowflake = "TI0012";
        public const string ColumnMissingPrefix = "TI0013";
        public const string UnmarkedPrefixedColumn = "TI0014";
        public const string ReservedColumnName = "TI0015";
        public const string ValidationWithoutBatchId = "TI0016";
        public const string IngestionParameterOutOfRange = "TI0017";
        public const string EmptyName = "TI0018";
        public const string DuplicateJob = "TI0019";
        public const string RoleOutsideJobType = "TI0020";
        public const string RoleOnUnreadableMember = "TI0021";
        public const string TooManyEmbeddingFeatures = "TI0022";
        public const string NoWarehouseColumnType = "TI0023";

        /// <summary>Advice: Arize accepts such a job, but it is very likely a mistake. Every other rule of the engine is an Arize rule.</summary>
        public static bool IsAdvice(string id) => id == MissingPredictionTimestamp || id == UnmarkedPrefixedColumn;
    }
}
