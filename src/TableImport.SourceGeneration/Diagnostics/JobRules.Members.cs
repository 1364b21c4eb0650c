using System;
using System.Collections.Generic;
using TableImport.SourceGeneration.Model;

namespace TableImport.SourceGeneration.Diagnostics
{
    /// <summary>The C# rules on members: what a definition cannot show, because it has no members.</summary>
    internal static partial class JobRules
    {
        private static void CheckMembers(RuleContext c)
        {
            var modelType = c.Model.Job.ModelType;
            foreach (var member in c.Mapped)
            {
                CheckWarehouseColumnType(c, member);
                if (member.Roles.Count == 0)
                {
                    continue;
                }

                if (member.IsStatic || member.IsIndexer || !member.IsReadable)
                {
                    var reason = member.IsStatic ? "static" : member.IsIndexer ? "an indexer" : "a write-only property";
                    c.Report(RuleIds.RoleOnUnreadableMember, c.LocationOf(member), member.Name, c.TypeName, reason);
                }

                foreach (var role in member.Roles)
                {
                    // A role the model type does not allow is reported by the engine (TI0009); its data type is moot.
                    if (modelType is { } type && !SchemaFields.Of(role.Role).IsAllowedFor(type))
                    {
                        continue;
                    }

                    if (RoleTypeTable.IsAllowed(role.Role, modelType, member) == false)
                    {
                        c.Report(RuleIds.MemberTypeNotAllowedForRole, c.LocationOf(member),
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

        // TI0023: the job's own warehouse and DuckDB, the local one, are the dialects its CreateTableSql is written for.
        private static void CheckWarehouseColumnType(RuleContext c, MemberInfo member)
        {
            if (member.IsStatic || member.IsIndexer || c.Model.Tables.Count == 0 || member.ColumnType.IndexOf(WarehouseColumnTypes.Unresolved, StringComparison.Ordinal) >= 0)
            {
                return;
            }

            var store = c.Model.Tables[0].Store;
            var own = store == StoreValue.BigQuery ? WarehouseDialect.BigQuery : store == StoreValue.Snowflake ? WarehouseDialect.Snowflake : WarehouseDialect.Databricks;
            foreach (var dialect in new[] { own, WarehouseDialect.DuckDb })
            {
                if (WarehouseColumnTypes.Sql(member.ColumnType, dialect) is null)
                {
                    var args = new[] { member.Name, c.TypeName, member.TypeDisplay, DialectName(dialect), member.Column, WarehouseColumnTypes.Advice(member.ColumnType) };

                    // A decimal declared in source without a precision: the fix declares one, as EF Core's own default is.
                    if (member.ColumnType == "Decimal" && !member.IsInherited && member.Location is { } declared)
                    {
                        c.Report(RuleIds.NoWarehouseColumnType, c.LocationOf(member), args,
                            new[] { new DiagnosticProperty(DiagnosticProperties.ColumnTypeName, DiagnosticProperties.DefaultDecimalTypeName), new DiagnosticProperty(DiagnosticProperties.MemberName, member.Name) },
                            declared);
                    }
                    else
                    {
                        c.Report(RuleIds.NoWarehouseColumnType, c.LocationOf(member), args);
                    }

                    return;
                }
            }
        }

        private static string DialectName(WarehouseDialect dialect) => dialect == WarehouseDialect.DuckDb ? "DuckDB" : dialect.ToString();

        // TI0013: a definition sends the prefix, not the member's column, so only the type shows the mismatch.
        private static void CheckPrefixedColumn(RuleContext c, MemberInfo member, PrefixInfo? prefix, string role, string kind)
        {
            if (prefix?.Value is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value)
                && !member.Column.StartsWith(value, StringComparison.Ordinal))
            {
                c.Report(
                    RuleIds.ColumnMissingPrefix,
                    member.ColumnAttributeLocation ?? c.LocationOf(member),
                    new[] { role, member.Name, member.Column, value, c.TypeName, kind },
                    new[] { new DiagnosticProperty(DiagnosticProperties.ColumnName, value + member.Column), new DiagnosticProperty(DiagnosticProperties.MemberName, member.Name) },
                    member.Location);
            }
        }

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
                        c.Report(RuleIds.DuplicateRole, role.Location ?? c.LocationOf(member), role.Role.ToString(), member.Name, owner.Name, c.TypeName);
                    }
                    else
                    {
                        first[role.Role] = member;
                    }
                }
            }
        }
    }
}
