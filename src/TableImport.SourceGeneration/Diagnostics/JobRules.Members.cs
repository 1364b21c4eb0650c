using System;
using System.Collections.Generic;
using System.Globalization;
using TableImport.SourceGeneration.Model;

namespace TableImport.SourceGeneration.Diagnostics
{
    internal static partial class JobRules
    {
        private const int MaxEmbeddingFeatures = 30;

        private static readonly HashSet<string> ReservedTagNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "total_token_count", "prompt_token_count", "response_token_count", "response_latency_ms",
        };

        private static void CheckMembers(RuleContext c)
        {
            var modelType = c.Model.Job.ModelType;
            foreach (var member in c.Mapped)
            {
                if (member.ExplicitColumn is { } explicitColumn && string.IsNullOrWhiteSpace(explicitColumn))
                {
                    c.Report(DiagnosticIds.EmptyName, member.ColumnAttributeLocation ?? c.LocationOf(member), $"column name of member '{member.Name}'", c.TypeName);
                }

                if (member.Roles.Count == 0)
                {
                    CheckUnmarkedPrefixed(c, member);
                    continue;
                }

                if (member.IsStatic || member.IsIndexer || !member.IsReadable)
                {
                    var reason = member.IsStatic ? "static" : member.IsIndexer ? "an indexer" : "a write-only property";
                    c.Report(DiagnosticIds.RoleOnUnreadableMember, c.LocationOf(member), member.Name, c.TypeName, reason);
                }

                foreach (var role in member.Roles)
                {
                    if (modelType is { } type && !ModelRoleTable.IsAllowed(type, role.Role))
                    {
                        c.Report(DiagnosticIds.RoleNotAllowedForModelType, role.Location ?? c.LocationOf(member),
                            role.Role.ToString(), member.Name, type.ToString(), c.TypeName);
                        continue;
                    }

                    if (RoleTypeTable.IsAllowed(role.Role, modelType, member) == false)
                    {
                        c.Report(DiagnosticIds.MemberTypeNotAllowedForRole, c.LocationOf(member),
                            member.Name, member.TypeDisplay, role.Role.ToString(), RoleTypeTable.Describe(role.Role, modelType), c.TypeName);
                    }

                    if (role.Role == Role.Feature)
                    {
                        CheckPrefixedColumn(c, member, c.Model.FeaturePrefix, "Feature", "feature");
                    }
                    else if (role.Role == Role.Tag)
                    {
                        CheckPrefixedColumn(c, member, c.Model.TagPrefix, "Tag", "tag");
                    }
                }
            }
        }

        private static void CheckPrefixedColumn(RuleContext c, MemberInfo member, PrefixInfo? prefix, string role, string kind)
        {
            var location = member.ColumnAttributeLocation ?? c.LocationOf(member);
            if (prefix?.Value is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value)
                && !member.Column.StartsWith(value, StringComparison.Ordinal))
            {
                c.Report(
                    DiagnosticIds.ColumnMissingPrefix,
                    location,
                    new[] { role, member.Name, member.Column, value, c.TypeName, kind },
                    new[] { new DiagnosticProperty(DiagnosticProperties.ColumnName, value + member.Column), new DiagnosticProperty(DiagnosticProperties.MemberName, member.Name) },
                    member.Location);
            }

            if (member.Column.EndsWith("_shap", StringComparison.OrdinalIgnoreCase))
            {
                c.Report(DiagnosticIds.ReservedColumnName, location, kind, member.Column, member.Name, c.TypeName,
                    "ends in '_shap', which Arize reserves for SHAP value columns");
            }
            else if (role == "Tag" && ReservedTagNames.Contains(member.Column))
            {
                c.Report(DiagnosticIds.ReservedColumnName, location, kind, member.Column, member.Name, c.TypeName,
                    "is reserved for LLM run metadata");
            }
        }

        private static void CheckUnmarkedPrefixed(RuleContext c, MemberInfo member)
        {
            if (member.IsStatic || member.IsIndexer)
            {
                return;
            }

            var (prefix, role, kind) = StartsWith(member.Column, c.Model.FeaturePrefix)
                ? (c.Model.FeaturePrefix!.Value!, "Feature", "feature")
                : StartsWith(member.Column, c.Model.TagPrefix)
                    ? (c.Model.TagPrefix!.Value!, "Tag", "tag")
                    : (null, null, null);
            if (prefix is null || role is null || kind is null)
            {
                return;
            }

            c.Report(
                DiagnosticIds.UnmarkedPrefixedColumn,
                c.LocationOf(member),
                new[] { member.Name, member.Column, prefix, c.TypeName, kind, role },
                new[] { new DiagnosticProperty(DiagnosticProperties.Attribute, role), new DiagnosticProperty(DiagnosticProperties.MemberName, member.Name) },
                member.Location);
        }

        private static bool StartsWith(string column, PrefixInfo? prefix)
            => prefix?.Value is { } value && !string.IsNullOrWhiteSpace(value) && column.StartsWith(value, StringComparison.Ordinal);

        private static void CheckDuplicateRoles(RuleContext c)
        {
            var first = new Dictionary<Role, MemberInfo>();
            foreach (var member in c.Mapped)
            {
                foreach (var role in member.Roles)
                {
                    if (role.Role is Role.Feature or Role.Tag or Role.EmbeddingFeature)
                    {
                        continue;
                    }

                    if (first.TryGetValue(role.Role, out var owner))
                    {
                        c.Report(DiagnosticIds.DuplicateRole, role.Location ?? c.LocationOf(member), role.Role.ToString(), member.Name, owner.Name, c.TypeName);
                    }
                    else
                    {
                        first[role.Role] = member;
                    }
                }
            }
        }

        private static void CheckDuplicateColumns(RuleContext c)
        {
            // Warehouses compare unquoted column names without regard to case.
            var first = new Dictionary<string, MemberInfo>(StringComparer.OrdinalIgnoreCase);
            foreach (var member in c.Mapped)
            {
                if (string.IsNullOrWhiteSpace(member.Column))
                {
                    continue;
                }

                if (first.TryGetValue(member.Column, out var owner))
                {
                    c.Report(DiagnosticIds.DuplicateColumn, member.ColumnAttributeLocation ?? c.LocationOf(member), member.Name, member.Column, c.TypeName, owner.Name);
                }
                else
                {
                    first[member.Column] = member;
                }
            }
        }

        private static void CheckEmbeddings(RuleContext c)
        {
            var count = 0;
            RoleInfo? firstOver = null;
            MemberInfo? firstOverMember = null;
            foreach (var member in c.Mapped)
            {
                foreach (var role in member.Roles)
                {
                    if (role.Role == Role.EmbeddingFeature && ++count == MaxEmbeddingFeatures + 1)
                    {
                        firstOver = role;
                        firstOverMember = member;
                    }
                }
            }

            if (firstOverMember is not null)
            {
                c.Report(DiagnosticIds.TooManyEmbeddingFeatures, firstOver?.Location ?? c.LocationOf(firstOverMember), c.TypeName, count.ToString(CultureInfo.InvariantCulture), firstOverMember.Name);
            }
        }
    }
}
