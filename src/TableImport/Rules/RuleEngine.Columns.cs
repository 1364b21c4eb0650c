using System;
using System.Collections.Generic;
using System.Globalization;

namespace TableImport.Rules
{
    internal static partial class RuleEngine
    {
        private const int MaxEmbeddingFeatures = 30;

        private static readonly HashSet<string> ReservedTagNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "total_token_count", "prompt_token_count", "response_token_count", "response_latency_ms",
        };

        private static void CheckRolesAllowed(JobFacts job, List<TableImportRuleViolation> results)
        {
            if (job.ModelType is not { } modelType)
            {
                return;
            }

            foreach (var column in job.Columns)
            {
                if (column.Role is { } role && !SchemaFields.Of(role).IsAllowedFor(modelType))
                {
                    Add(results, RuleIds.RoleNotAllowedForModelType, RoleFields.Of(role),
                        RoleFields.Describe(role) + " on " + column.Describe() + " is not allowed for a " + modelType + " model (" + LowerFirst(job.Subject)
                        + "), and Arize rejects a schema that names it; remove it or change the job's model type.",
                        RuleSite.RoleAttribute, column.Member, role);
                }
            }
        }

        private static void CheckColumnNames(JobFacts job, List<TableImportRuleViolation> results)
        {
            // A member with two roles has one column: one report for it.
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var column in job.Columns)
            {
                if (string.IsNullOrWhiteSpace(column.Name) && (column.Member is null || reported.Add(column.Member)))
                {
                    var what = column.Member is { } member ? "column name of member '" + member + "'" : "column name";
                    var field = column.Role is { } role ? RoleFields.Of(role) : "schema";
                    Add(results, RuleIds.EmptyName, field, EmptyMessage(job, what + (column.Role is null ? "" : " (" + field + ")")), RuleSite.Column, column.Member, column.Role);
                }
            }

            foreach (var embedding in job.Embeddings)
            {
                CheckEmbeddingName(job, results, embedding, embedding.FeatureName, "featureName", "feature name");
                CheckEmbeddingName(job, results, embedding, embedding.RawDataColumn, "rawDataCol", "raw data column");
                CheckEmbeddingName(job, results, embedding, embedding.LinkToDataColumn, "linkToDataCol", "link-to-data column");
            }
        }

        private static void CheckEmbeddingName(JobFacts job, List<TableImportRuleViolation> results, EmbeddingFact embedding, string? value, string graphQLName, string what)
        {
            // Only the feature name is required; the other two may be left out, but not given empty.
            if ((value is null && graphQLName != "featureName") || !string.IsNullOrWhiteSpace(value))
            {
                return;
            }

            var field = "schema.embeddingFeatures." + graphQLName;
            var owner = embedding.Member is { } member ? " of member '" + member + "'" : "";
            Add(results, RuleIds.EmptyName, field, EmptyMessage(job, "embedding " + what + owner + " (" + field + ")"),
                RuleSite.RoleAttribute, embedding.Member, Role.EmbeddingFeature);
        }

        // Two roles on one column are ambiguous, whether two members map to it or one member carries both roles.
        private static void CheckDuplicateColumns(JobFacts job, List<TableImportRuleViolation> results)
        {
            // Warehouses compare unquoted column names without regard to case.
            var first = new Dictionary<string, ColumnFact>(StringComparer.OrdinalIgnoreCase);
            foreach (var column in job.Columns)
            {
                if (string.IsNullOrWhiteSpace(column.Name))
                {
                    continue;
                }

                if (!first.TryGetValue(column.Name, out var owner))
                {
                    first[column.Name] = column;
                    continue;
                }

                var sameMember = column.Member is not null && column.Member == owner.Member;
                var field = column.Role is { } role ? RoleFields.Of(role) : "schema";
                Add(results, RuleIds.DuplicateColumn, field,
                    job.Subject + " maps column '" + column.Name + "' twice, as " + Use(owner) + " and as " + Use(column)
                    + "; a column plays one role, so "
                    + (sameMember ? "remove one of the two attributes."
                        : column.Member is null ? "map one of them to another column."
                        : "give one of them another column ([ColumnName(\"...\")]) or leave one out ([NotImported])."),
                    sameMember ? RuleSite.RoleAttribute : RuleSite.Column, column.Member, column.Role);
            }
        }

        private static string Use(ColumnFact column)
        {
            var role = column.Role is { } r ? RoleFields.Describe(r) : "an unmarked column";
            return column.Member is { } member ? role + " of member '" + member + "'" : role;
        }

        private static void CheckReservedNames(JobFacts job, List<TableImportRuleViolation> results)
        {
            foreach (var column in job.Columns)
            {
                if (column.Role is not (Role.Feature or Role.Tag) || string.IsNullOrWhiteSpace(column.Name))
                {
                    continue;
                }

                var kind = column.Role == Role.Feature ? "feature" : "tag";
                string? why = null;
                if (column.Name.EndsWith("_shap", StringComparison.OrdinalIgnoreCase))
                {
                    why = "ends in '_shap', which Arize reserves for SHAP value columns";
                }
                else if (column.Role == Role.Tag && ReservedTagNames.Contains(column.Name))
                {
                    why = "is reserved for LLM run metadata";
                }

                if (why is not null)
                {
                    var owner = column.Member is { } member ? " of member '" + member + "'" : "";
                    Add(results, RuleIds.ReservedColumnName, RoleFields.Of(column.Role.Value),
                        "The " + kind + " column '" + column.Name + "'" + owner + " (" + LowerFirst(job.Subject) + ") " + why + "; give it another name.",
                        RuleSite.Column, column.Member, column.Role);
                }
            }
        }

        // Advice: only a job type has members without a role, so a definition never gets it.
        private static void CheckUnmarkedPrefixed(JobFacts job, List<TableImportRuleViolation> results)
        {
            foreach (var column in job.Columns)
            {
                if (column.Role is not null)
                {
                    continue;
                }

                var (prefix, role, field) = StartsWith(column.Name, job.FeaturePrefix) ? (job.FeaturePrefix, Role.Feature, "schema.features")
                    : StartsWith(column.Name, job.TagPrefix) ? (job.TagPrefix, Role.Tag, "schema.tags")
                    : (null, Role.Feature, "");
                if (prefix is null)
                {
                    continue;
                }

                var kind = role == Role.Feature ? "feature" : "tag";
                Add(results, RuleIds.UnmarkedPrefixedColumn, field,
                    UpperFirst(column.Describe()) + " of " + LowerFirst(job.Subject) + " starts with the " + kind + " prefix '" + prefix
                    + "' (" + field + "), so Arize will ingest it as a " + kind + " anyway; mark it [" + role + "] to say so, or [NotImported] to leave it out.",
                    RuleSite.Member, column.Member, role);
            }
        }

        private static bool StartsWith(string column, string? prefix)
            => prefix is not null && !string.IsNullOrWhiteSpace(prefix) && column.StartsWith(prefix, StringComparison.Ordinal);

        private static void CheckEmbeddings(JobFacts job, List<TableImportRuleViolation> results)
        {
            var count = 0;
            ColumnFact? firstOver = null;
            foreach (var column in job.Columns)
            {
                if (column.Role == Role.EmbeddingFeature && ++count == MaxEmbeddingFeatures + 1)
                {
                    firstOver = column;
                }
            }

            if (firstOver is not null)
            {
                var from = firstOver.Member is { } member ? "remove [EmbeddingFeature] from member '" + member + "' and the ones after it" : "remove all but 30";
                Add(results, RuleIds.TooManyEmbeddingFeatures, "schema.embeddingFeatures",
                    job.Subject + " declares " + count.ToString(CultureInfo.InvariantCulture) + " embedding features (schema.embeddingFeatures), but Arize accepts at most 30 per model; " + from + ".",
                    RuleSite.RoleAttribute, firstOver.Member, Role.EmbeddingFeature);
            }
        }
    }
}
