using TableImport.SourceGeneration.Model;

namespace TableImport.SourceGeneration.Emitting
{
    internal static partial class Emitter
    {
        private const string Ns = "global::TableImport.";

        // An object initializer that reads as the job it declares. The definition as one string read at run time
        // (issue 13) bought no measured wall-clock gain in a real build (docs/performance.md): the constants are what
        // the compiler pays for, and an initializer's body is bound in parallel with the rest.
        private static void WriteTableImportJob(SourceWriter writer, JobTarget target)
        {
            var model = target.Model;
            // One line of doc: in a project that writes a documentation file, every doc comment is parsed and checked.
            writer.WriteLine("/// <summary>The Arize job this type declares (a <c>CreateTableImportJobInput</c>), as a new instance per get.</summary>");
            writer.WriteLine("public " + (target.HidesTableImportJob ? "new " : "") + "static " + Ns + "TableImportJobDefinition TableImportJob => new " + Ns + "TableImportJobDefinition");
            writer.OpenBlock();

            var job = model.Job;
            WriteString(writer, "ModelName", job.ModelName);
            if (job.ModelType is { } modelType)
            {
                writer.WriteLine("ModelType = " + Ns + "ModelType." + modelType + ",");
            }

            if (job.Environment is { } environment)
            {
                writer.WriteLine("ModelEnvironmentName = " + Ns + "ModelEnvironment." + environment + ",");
            }

            WriteString(writer, "ModelVersion", job.ModelVersion);
            WriteString(writer, "BatchId", job.BatchId);

            // A job with no table, or with several, is reported (TI0011); emitting the first keeps the code compiling.
            if (model.Tables.Count > 0)
            {
                WriteTable(writer, model.Tables[0]);
            }

            WriteSchema(writer, SchemaOf(model));
            WriteIngestion(writer, model.Ingestion);
            if (job.EventBased)
            {
                writer.WriteLine("EventBased = true,");
            }

            writer.WriteLine("JobTypeName = " + CSharpText.Literal(model.Type.DisplayName) + ",");
            writer.CloseBlock(";");
        }

        private static void WriteTable(SourceWriter writer, TableInfo table)
        {
            writer.WriteLine("TableStore = " + Ns + "TableStore." + table.Store + ",");
            var configType = table.Store + "TableConfig";
            writer.WriteLine(configType + " = new " + Ns + configType);
            writer.OpenBlock();
            foreach (var field in table.Fields)
            {
                WriteString(writer, field.PropertyName, field.Value);
            }

            writer.CloseBlock(",");
        }

        private static void WriteIngestion(SourceWriter writer, IngestionInfo? ingestion)
        {
            // With nothing set, leaving the parameters out keeps Arize's defaults, which is what an empty attribute means.
            if (ingestion is null || (ingestion.RowLimit is null && ingestion.RefreshIntervalMinutes is null && ingestion.QueryWindowSizeHours is null))
            {
                return;
            }

            writer.WriteLine("TableIngestionParameters = new " + Ns + "TableIngestionParameters");
            writer.OpenBlock();
            WriteInt(writer, "RowLimit", ingestion.RowLimit);
            WriteInt(writer, "RefreshIntervalMinutes", ingestion.RefreshIntervalMinutes);
            WriteInt(writer, "QueryWindowSizeHours", ingestion.QueryWindowSizeHours);
            writer.CloseBlock(",");
        }

        private static void WriteInt(SourceWriter writer, string property, int? value)
        {
            if (value is { } number)
            {
                writer.WriteLine(property + " = " + CSharpText.Literal(number) + ",");
            }
        }

        private static void WriteString(SourceWriter writer, string property, string? value)
        {
            if (value is not null)
            {
                writer.WriteLine(property + " = " + CSharpText.Literal(value) + ",");
            }
        }
    }
}
