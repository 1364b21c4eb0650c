using TableImport.SourceGeneration.Model;

namespace TableImport.SourceGeneration.Emitting
{
    internal static partial class Emitter
    {
        public const string AllJobsHintName = "TableImport.Generated.TableImportJobs.g.cs";

        /// <summary>
        /// The assembly's <c>TableImport.Generated.TableImportJobs</c>: the list of its jobs and, where the language
        /// allows, a module initializer that hands them to the registry so start-up registration needs no reflection.
        /// </summary>
        public static string EmitAllJobs(EquatableArray<ListedJob> jobs, CompilationFacts facts)
        {
            var writer = new SourceWriter();
            WriteHeader(writer, facts.SupportsNullable);
            // A job type marked [Obsolete] is still a job until it is removed; listing it must not warn.
            writer.WriteLine("#pragma warning disable CS0612, CS0618");
            writer.WriteLine();
            writer.WriteLine("namespace TableImport.Generated");
            writer.OpenBlock();
            writer.WriteLine("/// <summary>The table-import jobs declared in this assembly.</summary>");
            writer.WriteLine("public static class TableImportJobs");
            writer.OpenBlock();
            writer.WriteLine("/// <summary>");
            writer.WriteLine("/// Every job declared in this assembly, ordered by type name. Every get returns new definitions, so a caller may");
            writer.WriteLine("/// change the ones it got without affecting anyone else.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<global::TableImport.TableImportJobDefinition> All => new global::TableImport.TableImportJobDefinition[]");
            writer.OpenBlock();
            foreach (var job in jobs)
            {
                writer.WriteLine(job.FullyQualifiedName + ".TableImportJob,");
            }

            writer.CloseBlock(";");

            if (facts.SupportsModuleInitializer)
            {
                writer.WriteLine();
                writer.WriteLine("/// <summary>Hands <see cref=\"All\"/> to <see cref=\"global::TableImport.TableImportJobRegistry\"/> when this module loads.</summary>");
                writer.WriteLine("[global::System.Runtime.CompilerServices.ModuleInitializer]");
                writer.WriteLine("internal static void RegisterJobs()");
                writer.OpenBlock();
                writer.WriteLine("global::TableImport.TableImportJobRegistry.Register(" + CSharpText.Literal(facts.AssemblyName) + ", All);");
                writer.CloseBlock();
            }

            writer.CloseBlock();
            writer.CloseBlock();
            return writer.ToString();
        }
    }
}
