using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TableImport.SourceGeneration.Model;

namespace TableImport.SourceGeneration.Diagnostics
{
    /// <summary>One job's evaluation: the model, the members that count, and the diagnostics found so far.</summary>
    internal sealed class RuleContext
    {
        private readonly HashSet<Role> _roles = new HashSet<Role>();

        public RuleContext(JobModel model)
        {
            Model = model;
            // Excluded members have no column and no role: the rules ignore whatever else they carry.
            Mapped = model.Members.Where(m => !m.IsExcluded).ToImmutableArray();
            foreach (var member in Mapped)
            {
                foreach (var role in member.Roles)
                {
                    _roles.Add(role.Role);
                }
            }
        }

        public JobModel Model { get; }

        public ImmutableArray<MemberInfo> Mapped { get; }

        public ImmutableArray<DiagnosticInfo>.Builder Results { get; } = ImmutableArray.CreateBuilder<DiagnosticInfo>();

        public string TypeName => Model.Type.DisplayName;

        public LocationInfo? TypeLocation => Model.Type.Location;

        public bool Has(Role role) => _roles.Contains(role);

        /// <summary>Members declared in metadata have no location: point at the job type instead.</summary>
        public LocationInfo? LocationOf(MemberInfo member) => member.Location ?? TypeLocation;

        /// <summary>The first readable member without any role that matches, for a fix to mark.</summary>
        public MemberInfo? Unmapped(Func<MemberInfo, bool> predicate)
            => Mapped.FirstOrDefault(m => IsMarkable(m) && predicate(m));

        /// <summary>The date/time member a fix may mark, only when there is exactly one: with two, guessing is wrong.</summary>
        public MemberInfo? OnlyUnmappedDateTime()
        {
            var candidates = Mapped.Where(m => IsMarkable(m) && m.Kind is ValueKind.DateTime or ValueKind.DateTimeOffset or ValueKind.DateOnly).Take(2).ToList();
            return candidates.Count == 1 ? candidates[0] : null;
        }

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

        /// <summary>Reports a missing role on the type, naming the member a fix would mark when there is one.</summary>
        public void ReportMissing(string id, Role role, MemberInfo? candidate)
        {
            if (candidate?.Location is { } candidateLocation)
            {
                Report(id, TypeLocation, new[] { TypeName },
                    new[] { new DiagnosticProperty(DiagnosticProperties.Attribute, role.ToString()), new DiagnosticProperty(DiagnosticProperties.MemberName, candidate.Name) },
                    candidateLocation);
            }
            else
            {
                Report(id, TypeLocation, TypeName);
            }
        }

        private static bool IsMarkable(MemberInfo member)
            => member.Roles.Count == 0 && !member.IsStatic && !member.IsIndexer && member.IsReadable;
    }

    /// <summary>What makes a job the same Arize job as another: model name, environment and table.</summary>
    internal sealed record JobIdentity(string ModelName, EnvironmentValue Environment, string Table);
}
