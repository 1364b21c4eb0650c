using System.Collections.Generic;
using TableImport.SourceGeneration.Model;

namespace TableImport.SourceGeneration.Emitting
{
    internal static partial class Emitter
    {
        private const string Ns = "global::TableImport.";

        private static void WriteTableImportJob(SourceWriter writer, JobTarget target)
        {
            var model = target.Model;
            // One line of doc: in a project that writes a documentation file, every doc comment is parsed and checked.
            writer.WriteLine("/// <summary>The Arize job this type declares (a <c>CreateTableImportJobInput</c>), as a new instance per get.</summary>");
            writer.WriteLine("public " + (target.HidesTableImportJob ? "new " : "") + "static " + Ns + "TableImportJobDefinition TableImportJob => new " + Ns + "TableImportJobDefinition");
            writer.OpenBlock();

            var job = model.Job;
            if (job.ModelName is not null)
            {
                writer.WriteLine("ModelName = " + CSharpText.Literal(job.ModelName) + ",");
            }

            if (job.ModelType is { } modelType)
            {
                writer.WriteLine("ModelType = " + Ns + "ModelType." + modelType + ",");
            }

            if (job.Environment is { } environment)
            {
                writer.WriteLine("ModelEnvironmentName = " + Ns + "ModelEnvironment." + environment + ",");
            }

            if (job.ModelVersion is not null)
            {
                writer.WriteLine("ModelVersion = " + CSharpText.Literal(job.ModelVersion) + ",");
            }

            if (job.BatchId is not null)
            {
                writer.WriteLine("BatchId = " + CSharpText.Literal(job.BatchId) + ",");
            }

            // A job with no table, or with several, is reported (TI0011); emitting the first keeps the code compiling.
            if (model.Tables.Count > 0)
            {
                WriteTable(writer, model.Tables[0]);
            }

            WriteSchema(writer, model);
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
                if (field.Value is not null)
                {
                    writer.WriteLine(field.PropertyName + " = " + CSharpText.Literal(field.Value) + ",");
                }
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

        private static void WriteList(SourceWriter writer, string property, List<string> columns)
        {
            if (columns.Count == 0)
            {
                writer.WriteLine(property + " = new string[0],");
                return;
            }

            writer.WriteLine(property + " = new string[]");
            writer.OpenBlock();
            foreach (var column in columns)
            {
                writer.WriteLine(CSharpText.Literal(column) + ",");
            }

            writer.CloseBlock(",");
        }
    }
}
