using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text;

namespace TableImport
{
    /// <summary>
    /// Reads the text a generated <c>TableImportJob</c> property hands over: one line per value set on the definition,
    /// <c>Path: value</c>, the path being the definition's own property names (<c>Schema.PredictionId</c>), and a list
    /// as its key alone followed by one <c>- item</c> line per item. A generated job file holds this one string rather
    /// than an object initializer because it is the cheapest thing for the compiler to bind (docs/performance.md), and
    /// it still reads as the job it declares. The format is written by the generator of the same package, so it changes
    /// only with the package.
    /// </summary>
    /// <remarks>
    /// Leading whitespace on a line is indentation and is ignored. In a value, <c>\\</c>, <c>\n</c> and <c>\r</c> stand
    /// for a backslash, a line feed and a carriage return; every other character is itself. Each text is read once; every
    /// call returns a new definition, so a caller may change the one it got without affecting anyone else.
    /// </remarks>
    public static class TableImportJobText
    {
        // Keyed by the string instance: a generated property passes the same literal every time, and an entry goes with
        // its string, so text built at run time cannot grow the table.
        private static readonly ConditionalWeakTable<string, TableImportJobDefinition> Parsed = new ConditionalWeakTable<string, TableImportJobDefinition>();

        private static readonly ConditionalWeakTable<string, TableImportJobDefinition>.CreateValueCallback ParseOnce = ParseNew;

        /// <summary>The definition <paramref name="text"/> describes, as a new instance (see the type's remarks for the format).</summary>
        /// <exception cref="FormatException">A line is not a known path with a value of its type.</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static TableImportJobDefinition Parse(string text)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            return Parsed.GetValue(text, ParseOnce).Copy();
        }

        private static TableImportJobDefinition ParseNew(string text)
        {
            var job = new TableImportJobDefinition();
            List<string>? strings = null;
            List<EmbeddingFeatureColumns>? embeddings = null;
            var lineNumber = 0;
            foreach (var raw in text.Split('\n'))
            {
                lineNumber++;
                var line = raw.TrimStart();
                if (line.Length > 0 && line[line.Length - 1] == '\r')
                {
                    line = line.Substring(0, line.Length - 1);
                }

                if (line.Length == 0)
                {
                    continue;
                }

                if (line[0] == '-')
                {
                    var item = line.Length > 1 && line[1] == ' ' ? line.Substring(2) : line.Substring(1);
                    if (strings is not null)
                    {
                        strings.Add(Unescape(item, lineNumber));
                        continue;
                    }

                    if (embeddings is not null)
                    {
                        embeddings.Add(new EmbeddingFeatureColumns());
                        line = item;
                    }
                    else
                    {
                        throw Error(lineNumber, "an item outside a list");
                    }
                }

                var colon = line.IndexOf(':');
                if (colon < 1)
                {
                    throw Error(lineNumber, "no 'Path: value'");
                }

                var path = line.Substring(0, colon);
                var value = Unescape(colon + 1 < line.Length && line[colon + 1] == ' ' ? line.Substring(colon + 2) : line.Substring(colon + 1), lineNumber);
                if (embeddings is not null && embeddings.Count > 0 && SetEmbedding(embeddings[embeddings.Count - 1], path, value))
                {
                    continue;
                }

                strings = null;
                embeddings = null;
                if (value.Length > 0 && path is "Schema.FeaturesList" or "Schema.TagsList" or "Schema.EmbeddingFeatures")
                {
                    throw Error(lineNumber, "a value after a list's key, where its items go on the lines below");
                }

                switch (path)
                {
                    case "Schema.FeaturesList":
                        job.Schema.FeaturesList = strings = new List<string>();
                        break;
                    case "Schema.TagsList":
                        job.Schema.TagsList = strings = new List<string>();
                        break;
                    case "Schema.EmbeddingFeatures":
                        job.Schema.EmbeddingFeatures = embeddings = new List<EmbeddingFeatureColumns>();
                        break;
                    default:
                        if (!Set(job, path, value))
                        {
                            throw Error(lineNumber, "'" + path + "' is not a value of a job definition, or '" + value + "' is not one of its values");
                        }

                        break;
                }
            }

            // Arrays, so that each copy is a block copy (TableImportSchema.CopyOf).
            var schema = job.Schema;
            schema.FeaturesList = (schema.FeaturesList as List<string>)?.ToArray() ?? schema.FeaturesList;
            schema.TagsList = (schema.TagsList as List<string>)?.ToArray() ?? schema.TagsList;
            schema.EmbeddingFeatures = (schema.EmbeddingFeatures as List<EmbeddingFeatureColumns>)?.ToArray() ?? schema.EmbeddingFeatures;
            return job;
        }

        private static bool Set(TableImportJobDefinition job, string path, string value)
        {
            switch (path)
            {
                case "ModelName": job.ModelName = value; return true;
                case "ModelType":
                    if (!IsName(value) || !Enum.TryParse(value, out ModelType modelType))
                    {
                        return false;
                    }

                    job.ModelType = modelType;
                    return true;
                case "ModelEnvironmentName":
                    if (!IsName(value) || !Enum.TryParse(value, out ModelEnvironment environment))
                    {
                        return false;
                    }

                    job.ModelEnvironmentName = environment;
                    return true;
                case "ModelVersion": job.ModelVersion = value; return true;
                case "BatchId": job.BatchId = value; return true;
                case "TableStore":
                    if (!IsName(value) || !Enum.TryParse(value, out TableStore store))
                    {
                        return false;
                    }

                    job.TableStore = store;
                    return true;
                case "EventBased":
                    if (value != "true")
                    {
                        return false;
                    }

                    job.EventBased = true;
                    return true;
                case "JobTypeName": job.JobTypeName = value; return true;
            }

            var dot = path.IndexOf('.');
            if (dot < 0)
            {
                return false;
            }

            var field = path.Substring(dot + 1);
            switch (path.Substring(0, dot))
            {
                case "BigQueryTableConfig": return SetBigQuery(job.BigQueryTableConfig ??= new BigQueryTableConfig(), field, value);
                case "SnowflakeTableConfig": return SetSnowflake(job.SnowflakeTableConfig ??= new SnowflakeTableConfig(), field, value);
                case "DatabricksTableConfig": return SetDatabricks(job.DatabricksTableConfig ??= new DatabricksTableConfig(), field, value);
                case "TableIngestionParameters": return SetIngestion(job.TableIngestionParameters ??= new TableIngestionParameters(), field, value);
                case "Schema": return SetSchema(job.Schema, field, value);
                default: return false;
            }
        }

        private static bool SetBigQuery(BigQueryTableConfig table, string field, string value)
        {
            switch (field)
            {
                case "ProjectId": table.ProjectId = value; return true;
                case "Dataset": table.Dataset = value; return true;
                case "TableName": table.TableName = value; return true;
                default: return false;
            }
        }

        private static bool SetSnowflake(SnowflakeTableConfig table, string field, string value)
        {
            switch (field)
            {
                case "AccountID": table.AccountID = value; return true;
                case "Database": table.Database = value; return true;
                case "Schema": table.Schema = value; return true;
                case "TableName": table.TableName = value; return true;
                default: return false;
            }
        }

        private static bool SetDatabricks(DatabricksTableConfig table, string field, string value)
        {
            switch (field)
            {
                case "HostName": table.HostName = value; return true;
                case "Endpoint": table.Endpoint = value; return true;
                case "Port": table.Port = value; return true;
                case "AzureResourceId": table.AzureResourceId = value; return true;
                case "AzureTenantId": table.AzureTenantId = value; return true;
                case "Catalog": table.Catalog = value; return true;
                case "DatabricksSchema": table.DatabricksSchema = value; return true;
                case "TableName": table.TableName = value; return true;
                default: return false;
            }
        }

        private static bool SetIngestion(TableIngestionParameters ingestion, string field, string value)
        {
            if (!int.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            switch (field)
            {
                case "RowLimit": ingestion.RowLimit = number; return true;
                case "RefreshIntervalMinutes": ingestion.RefreshIntervalMinutes = number; return true;
                case "QueryWindowSizeHours": ingestion.QueryWindowSizeHours = number; return true;
                default: return false;
            }
        }

        private static bool SetSchema(TableImportSchema schema, string field, string value)
        {
            switch (field)
            {
                case "PredictionId": schema.PredictionId = value; return true;
                case "Timestamp": schema.Timestamp = value; return true;
                case "ChangeTimestamp": schema.ChangeTimestamp = value; return true;
                case "PredictionLabel": schema.PredictionLabel = value; return true;
                case "PredictionScore": schema.PredictionScore = value; return true;
                case "ActualLabel": schema.ActualLabel = value; return true;
                case "ActualScore": schema.ActualScore = value; return true;
                case "Version": schema.Version = value; return true;
                case "BatchId": schema.BatchId = value; return true;
                case "Features": schema.Features = value; return true;
                case "Tags": schema.Tags = value; return true;
                case "ShapValues": schema.ShapValues = value; return true;
                case "PredictionGroupId": schema.PredictionGroupId = value; return true;
                case "Rank": schema.Rank = value; return true;
                case "RelevanceScore": schema.RelevanceScore = value; return true;
                case "RelevanceLabel": schema.RelevanceLabel = value; return true;
                case "PredictionScores": schema.PredictionScores = value; return true;
                case "ActualScores": schema.ActualScores = value; return true;
                case "ThresholdScores": schema.ThresholdScores = value; return true;
            }

            var dot = field.IndexOf('.');
            if (dot < 0)
            {
                return false;
            }

            var box = field.Substring(dot + 1);
            switch (field.Substring(0, dot))
            {
                case "PredictionObjectDetection": return SetBoxes(schema.PredictionObjectDetection ??= new ObjectDetectionColumns(), box, value);
                case "ActualObjectDetection": return SetBoxes(schema.ActualObjectDetection ??= new ObjectDetectionColumns(), box, value);
                default: return false;
            }
        }

        private static bool SetBoxes(ObjectDetectionColumns boxes, string field, string value)
        {
            switch (field)
            {
                case "BoundingBoxesCoordinatesColumnName": boxes.BoundingBoxesCoordinatesColumnName = value; return true;
                case "BoundingBoxesCategoriesColumnName": boxes.BoundingBoxesCategoriesColumnName = value; return true;
                case "BoundingBoxesScoresColumnName": boxes.BoundingBoxesScoresColumnName = value; return true;
                default: return false;
            }
        }

        private static bool SetEmbedding(EmbeddingFeatureColumns embedding, string field, string value)
        {
            switch (field)
            {
                case "FeatureName": embedding.FeatureName = value; return true;
                case "VectorCol": embedding.VectorCol = value; return true;
                case "RawDataCol": embedding.RawDataCol = value; return true;
                case "LinkToDataCol": embedding.LinkToDataCol = value; return true;
                default: return false;
            }
        }

        // Enum.TryParse also takes numbers and comma-separated lists; the generator writes one member's name.
        private static bool IsName(string value)
        {
            foreach (var c in value)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }

            return value.Length > 0;
        }

        private static string Unescape(string value, int lineNumber)
        {
            var backslash = value.IndexOf('\\');
            if (backslash < 0)
            {
                return value;
            }

            var b = new StringBuilder(value.Length);
            b.Append(value, 0, backslash);
            for (var i = backslash; i < value.Length; i++)
            {
                if (value[i] != '\\')
                {
                    b.Append(value[i]);
                    continue;
                }

                if (++i == value.Length)
                {
                    throw Error(lineNumber, "a backslash at the end of a value");
                }

                switch (value[i])
                {
                    case '\\': b.Append('\\'); break;
                    case 'n': b.Append('\n'); break;
                    case 'r': b.Append('\r'); break;
                    default: throw Error(lineNumber, "an unknown escape '\\" + value[i] + "'");
                }
            }

            return b.ToString();
        }

        private static FormatException Error(int lineNumber, string what)
            => new FormatException("Line " + lineNumber + " of a generated job definition has " + what + ". Generated code and the TableImport library come from one package; rebuild the project that declares the job.");
    }
}
