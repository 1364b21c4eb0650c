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
            var text = new DefinitionText();
            var job = model.Job;
            text.Add("ModelName", job.ModelName);
            text.Add("ModelType", job.ModelType?.ToString());
            text.Add("ModelEnvironmentName", job.Environment?.ToString());
            text.Add("ModelVersion", job.ModelVersion);
            text.Add("BatchId", job.BatchId);

            // A job with no table, or with several, is reported (TI0011); emitting the first keeps the code compiling.
            if (model.Tables.Count > 0)
            {
                var table = model.Tables[0];
                text.Add("TableStore", table.Store.ToString());
                foreach (var field in table.Fields)
                {
                    text.Add(table.Store + "TableConfig." + field.PropertyName, field.Value);
                }
            }

            WriteSchema(text, model);
            WriteIngestion(text, model.Ingestion);
            text.Add("EventBased", job.EventBased ? "true" : null);
            text.Add("JobTypeName", model.Type.DisplayName);

            // One string for the runtime to read (TableImportJobText): an object initializer of some 30 assignments and
            // nested objects cost the compiler as much as the rest of the file, a literal costs it nothing to bind, and
            // the lines still read as the job (docs/performance.md).
            writer.WriteLine("/// <summary>The Arize job this type declares (a <c>CreateTableImportJobInput</c>), as a new instance per get.</summary>");
            writer.WriteLine("public " + (target.HidesTableImportJob ? "new " : "") + "static " + Ns + "TableImportJobDefinition TableImportJob => " + Ns + "TableImportJobText.Parse(@\"");
            writer.Indent();
            foreach (var line in text.Lines)
            {
                writer.WriteLine(line.Replace("\"", "\"\""));
            }

            writer.WriteLine("\");");
            writer.Unindent();
        }

        private static void WriteIngestion(DefinitionText text, IngestionInfo? ingestion)
        {
            // With nothing set, leaving the parameters out keeps Arize's defaults, which is what an empty attribute means.
            if (ingestion is null)
            {
                return;
            }

            text.Add("TableIngestionParameters.RowLimit", ingestion.RowLimit);
            text.Add("TableIngestionParameters.RefreshIntervalMinutes", ingestion.RefreshIntervalMinutes);
            text.Add("TableIngestionParameters.QueryWindowSizeHours", ingestion.QueryWindowSizeHours);
        }
    }
}
