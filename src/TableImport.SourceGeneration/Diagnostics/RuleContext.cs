using System;
using System.Collections.Immutable;
using System.Linq;
using TableImport.SourceGeneration.Model;

namespace TableImport.SourceGeneration.Diagnostics
{
    /// <summary>One job's evaluation: the model, the members that count, and the diagnostics found so far.</summary>
    internal sealed class RuleContext
    {
        public RuleContext(JobModel model)
        {
            Model = model;
            // Excluded members have no column and no role: the rules ignore whatever else they carry.
            Mapped = model.Members.Where(m => !m.IsExcluded).ToImmutableArray();
        }

        public JobModel Model { get; }

        public ImmutableArray<MemberInfo> Mapped { get; }

        public ImmutableArray<DiagnosticInfo>.Builder Results { get; } = ImmutableArray.CreateBuilder<DiagnosticInfo>();

        public string TypeName => Model.Type.DisplayName;

        public LocationInfo? TypeLocation => Model.Type.Location;

        /// <summary>Members declared in metadata have no location: point at the job type instead.</summary>
        public LocationInfo? LocationOf(MemberInfo member) => member.Location ?? TypeLocation;

        public void Report(string id, LocationInfo? location, params string[] args)
            => Report(id, location, args, Array.Empty<DiagnosticProperty>(), null);

        public void Report(string id, LocationInfo? location, string[] args, DiagnosticProperty[] properties, LocationInfo? additional)
        {
            Results.Add(new DiagnosticInfo(
                id,
                location,
                args.ToEquatableArray(),
                properties.ToEquatableArray(),
                additional is null ? EquatableArray<LocationInfo>.Empty : new[] { additional }.ToEquatableArray()));
        }

        /// <summary>
        /// Reports the rule engine's verdict on the declaration it concerns, with its message as is, and with what a code
        /// fix needs (the member to mark) for the rules that have one.
        /// </summary>
        public void Report(TableImportRuleViolation violation)
        {
            var member = violation.Member is { } name ? Mapped.FirstOrDefault(m => m.Name == name) : null;
            var location = Locate(violation, member);
            var args = new[] { violation.Message };
            switch (violation.Id)
            {
                case RuleIds.MissingPredictionId:
                    var candidate = Unmapped(m => string.Equals(m.Column, "prediction_id", StringComparison.OrdinalIgnoreCase))
                                    ?? Unmapped(m => m.Name == "PredictionId")
                                    ?? Unmapped(m => m.Name == "Id");
                    ReportWithFix(violation.Id, location, args, Role.PredictionId, candidate);
                    break;
                case RuleIds.MissingChangeTimestamp:
                    ReportWithFix(violation.Id, location, args, Role.ChangeTimestamp, OnlyUnmappedDateTime());
                    break;
                case RuleIds.MissingPredictionTimestamp:
                    ReportWithFix(violation.Id, location, args, Role.PredictionTimestamp, OnlyUnmappedDateTime());
                    break;
                case RuleIds.UnmarkedPrefixedColumn when member is not null && violation.Role is { } role:
                    ReportWithFix(violation.Id, location, args, role, member);
                    break;
                default:
                    Report(violation.Id, location, args);
                    break;
            }
        }

        private LocationInfo? Locate(TableImportRuleViolation violation, MemberInfo? member)
        {
            var job = Model.Job;
            switch (violation.Site)
            {
                case RuleSite.ModelName:
                    return job.ModelNameLocation ?? job.Location ?? TypeLocation;
                case RuleSite.EventBased:
                    return job.EventBasedLocation ?? job.Location ?? TypeLocation;
                case RuleSite.Table:
                    return violation.Index < Model.Tables.Count ? Model.Tables[violation.Index].Location ?? TypeLocation : TypeLocation;
                case RuleSite.Ingestion:
                    return Model.Ingestion?.Location ?? TypeLocation;
                case RuleSite.FeaturePrefix:
                    return Model.FeaturePrefix?.Location ?? TypeLocation;
                case RuleSite.TagPrefix:
                    return Model.TagPrefix?.Location ?? TypeLocation;
                case RuleSite.ShapPrefix:
                    return Model.ShapPrefix?.Location ?? TypeLocation;
                case RuleSite.Column when member is not null:
                    return member.ColumnAttributeLocation ?? LocationOf(member);
                case RuleSite.Member when member is not null:
                    return LocationOf(member);
                case RuleSite.RoleAttribute when member is not null:
                    return member.Roles.FirstOrDefault(r => r.Role == violation.Role)?.Location ?? LocationOf(member);
                default:
                    return TypeLocation;
            }
        }

        /// <summary>The first readable member without any role that matches, for a fix to mark.</summary>
        private MemberInfo? Unmapped(Func<MemberInfo, bool> predicate)
            => Mapped.FirstOrDefault(m => IsMarkable(m) && predicate(m));

        /// <summary>The date/time member a fix may mark, only when there is exactly one: with two, guessing is wrong.</summary>
        private MemberInfo? OnlyUnmappedDateTime()
        {
            var candidates = Mapped.Where(m => IsMarkable(m) && m.Kind is ValueKind.DateTime or ValueKind.DateTimeOffset or ValueKind.DateOnly).Take(2).ToList();
            return candidates.Count == 1 ? candidates[0] : null;
        }

        /// <summary>Reports with the role a fix adds and the member it marks, when there is one to mark.</summary>
        private void ReportWithFix(string id, LocationInfo? location, string[] args, Role role, MemberInfo? candidate)
        {
            if (candidate?.Location is { } candidateLocation)
            {
                Report(id, location, args,
                    new[] { new DiagnosticProperty(DiagnosticProperties.Attribute, role.ToString()), new DiagnosticProperty(DiagnosticProperties.MemberName, candidate.Name) },
                    candidateLocation);
            }
            else
            {
                Report(id, location, args);
            }
        }

        private static bool IsMarkable(MemberInfo member)
            => member.Roles.Count == 0 && !member.IsStatic && !member.IsIndexer && member.IsReadable;
    }
}
