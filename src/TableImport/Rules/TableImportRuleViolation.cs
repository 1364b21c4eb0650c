namespace TableImport
{
    // Public in TableImport; internal where this file is linked into the analyzer, which must not export a type that a
    // project referencing both would then see twice.

    /// <summary>Whether a rule's violation stops a job (an Arize rule) or only advises.</summary>
#if TABLEIMPORT_ANALYZER
    internal
#else
    public
#endif
    enum TableImportRuleKind
    {
        /// <summary>Arize refuses such a job: a dry run fails and a create is not sent.</summary>
        ArizeRule,

        /// <summary>Arize accepts the job, but it is very likely a mistake; nothing is blocked.</summary>
        Advice,
    }

    /// <summary>
    /// One rule a job breaks: the same verdict, from the same rule engine, that the analyzer reports at compile time as
    /// the diagnostic of the same ID.
    /// </summary>
#if TABLEIMPORT_ANALYZER
    internal
#else
    public
#endif
    sealed class TableImportRuleViolation
    {
        internal TableImportRuleViolation(string id, string field, string message, Rules.RuleSite site, string? member, Rules.Role? role, int index)
        {
            Id = id;
            Kind = Rules.RuleIds.IsAdvice(id) ? TableImportRuleKind.Advice : TableImportRuleKind.ArizeRule;
            Field = field;
            Message = message;
            Site = site;
            Member = member;
            Role = role;
            Index = index;
        }

        /// <summary>The rule's ID, such as <c>TI0008</c>; its page is <c>docs/diagnostics/TI0008.md</c>.</summary>
        public string Id { get; }

        /// <summary>Whether Arize refuses the job (<see cref="TableImportRuleKind.ArizeRule"/>) or this is advice.</summary>
        public TableImportRuleKind Kind { get; }

        /// <summary>The GraphQL input field concerned, as a path in <c>CreateTableImportJobInput</c> (e.g. <c>schema.actualScores</c>).</summary>
        public string Field { get; }

        /// <summary>What is wrong and how to fix it, naming the job, the column, the model type and the environment involved.</summary>
        public string Message { get; }

        /// <summary>True for an Arize rule: the job would be refused, so a create is not sent.</summary>
        public bool IsArizeRule => Kind == TableImportRuleKind.ArizeRule;

        // Where the analyzer reports the verdict; a definition has no source to point at.
        internal Rules.RuleSite Site { get; }

        internal string? Member { get; }

        internal Rules.Role? Role { get; }

        internal int Index { get; }

        /// <summary>The ID and the message, e.g. <c>TI0004: Job 'fraud' has no change timestamp ...</c>.</summary>
        public override string ToString() => Id + ": " + Message;
    }
}

namespace TableImport.Rules
{
    /// <summary>What a verdict concerns, so that the analyzer can put it on the declaration the user would change.</summary>
    internal enum RuleSite
    {
        /// <summary>The job as a whole: the type's name.</summary>
        Job,

        /// <summary>The model name argument of <c>[TableImportJob]</c>.</summary>
        ModelName,

        /// <summary><c>EventBased = true</c>.</summary>
        EventBased,

        /// <summary>The table attribute at <c>Index</c>.</summary>
        Table,

        /// <summary><c>[IngestionParameters]</c>.</summary>
        Ingestion,

        FeaturePrefix,
        TagPrefix,
        ShapPrefix,

        /// <summary>The member's column name (its <c>[ColumnName]</c> argument, else the member).</summary>
        Column,

        /// <summary>The member itself.</summary>
        Member,

        /// <summary>The member's attribute of <c>Role</c>.</summary>
        RoleAttribute,
    }
}
