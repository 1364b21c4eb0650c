using TableImport.SourceGeneration.Model;

namespace TableImport.SourceGeneration.Emitting
{
    /// <summary>
    /// One job type the generator writes a file for: the shared <see cref="JobModel"/> plus what only emission
    /// needs to know, all equatable so the incremental cache can compare it.
    /// </summary>
    /// <param name="HidesTableImportJob">A base type already has a <c>TableImportJob</c> member, so ours needs <c>new</c> (else CS0108).</param>
    /// <param name="HidesColumns">A base type already has a <c>Columns</c> member, so ours needs <c>new</c>.</param>
    /// <param name="ObsoleteAsError">The type (or a container) is <c>[Obsolete(..., true)]</c>: it stays out of <c>TableImportJobs.All</c>.</param>
    /// <param name="DeclaresColumns">The type has a member of its own named <c>Columns</c>: a generated class of that name would be CS0102.</param>
    /// <param name="HidesCreateTableSql">A base type already has a <c>CreateTableSql</c> member, so ours needs <c>new</c>.</param>
    /// <param name="DeclaresCreateTableSql">The type has a member of its own named <c>CreateTableSql</c>: it keeps it, and gets none from us.</param>
    internal sealed record JobTarget(
        JobModel Model,
        bool HidesTableImportJob,
        bool HidesColumns,
        bool ObsoleteAsError,
        bool DeclaresColumns,
        bool HidesCreateTableSql,
        bool DeclaresCreateTableSql);

    /// <summary>A job as the assembly-wide list sees it: nothing else, so editing a job's members leaves the list cached.</summary>
    /// <param name="DisplayName">The sort key, <c>Ns.Outer.Inner</c>.</param>
    /// <param name="FullyQualifiedName">How generated code names the type, <c>global::Ns.Outer.Inner</c>.</param>
    internal sealed record ListedJob(string DisplayName, string FullyQualifiedName);

    /// <summary>What every job file depends on besides its job: the language and the project's choices.</summary>
    /// <param name="SupportsNullable">C# 8 or later: <c>#nullable</c> is allowed.</param>
    /// <param name="Columns">
    /// The project has not set <c>TableImportGenerateColumns</c> to false: each job gets its <c>Columns</c> constants,
    /// which are most of what the generated files cost to compile (docs/performance.md).
    /// </param>
    internal sealed record JobFileOptions(bool SupportsNullable, bool Columns);

    /// <summary>The facts about the compilation that the generated text depends on.</summary>
    /// <param name="AssemblyName">The assembly's simple name, as registered.</param>
    /// <param name="SupportsNullable">C# 8 or later: <c>#nullable</c> is allowed.</param>
    /// <param name="SupportsModuleInitializer">C# 9 or later and <c>ModuleInitializerAttribute</c> is usable.</param>
    internal sealed record CompilationFacts(string AssemblyName, bool SupportsNullable, bool SupportsModuleInitializer);
}
