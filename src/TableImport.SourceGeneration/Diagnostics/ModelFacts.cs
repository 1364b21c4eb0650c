using System.Collections.Generic;
using TableImport.SourceGeneration.Model;

namespace TableImport.SourceGeneration.Diagnostics
{
    /// <summary>
    /// Reads a job type's model into the rule engine's facts, keeping each member's name so that a verdict can be put
    /// back on the member or attribute it concerns. It takes the columns the generator sends (every member but those
    /// left out and indexers) and, for advice and duplicate columns, the mapped members without a role.
    /// </summary>
    internal static class ModelFacts
    {
        public static JobFacts Of(JobModel model)
        {
            var job = model.Job;
            var facts = new JobFacts("Job type '" + model.Type.DisplayName + "'")
            {
                ModelName = job.ModelName,
                ModelType = job.ModelType,
                Environment = job.Environment,
                BatchId = job.BatchId,
                EventBased = job.EventBased,
                RowLimit = model.Ingestion?.RowLimit,
                RefreshIntervalMinutes = model.Ingestion?.RefreshIntervalMinutes,
                QueryWindowSizeHours = model.Ingestion?.QueryWindowSizeHours,
                FeaturePrefix = model.FeaturePrefix?.Value,
                TagPrefix = model.TagPrefix?.Value,
                ShapPrefix = model.ShapPrefix?.Value,
            };

            foreach (var table in model.Tables)
            {
                var coordinates = new Dictionary<string, string?>();
                foreach (var field in table.Fields)
                {
                    coordinates[field.GraphQLName] = field.Value;
                }

                facts.Tables.Add(new TableFact(table.Store, coordinates));
            }

            foreach (var member in model.Members)
            {
                if (member.IsExcluded || member.IsIndexer)
                {
                    continue;
                }

                if (member.Roles.Count == 0)
                {
                    if (!member.IsStatic)
                    {
                        facts.Columns.Add(new ColumnFact(member.Column, null, member.Name));
                    }

                    continue;
                }

                foreach (var role in member.Roles)
                {
                    facts.Columns.Add(new ColumnFact(member.Column, role.Role, member.Name));
                    if (role.Role == Role.EmbeddingFeature)
                    {
                        // The emitter names an embedding feature after its member unless the attribute names it.
                        var embedding = member.Embedding;
                        facts.Embeddings.Add(new EmbeddingFact(embedding?.FeatureName ?? member.Name, embedding?.RawDataColumn, embedding?.LinkToDataColumn, member.Name));
                    }
                }
            }

            return facts;
        }
    }
}
