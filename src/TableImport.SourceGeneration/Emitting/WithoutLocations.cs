using System.Linq;
using TableImport.SourceGeneration.Model;

namespace TableImport.SourceGeneration.Emitting
{
    /// <summary>
    /// The model as the generator keeps it: the parser's model with every location set to null. A location changes when
    /// text merely moves (a blank line or a comment above a job), and a value that changed makes the incremental cache
    /// write the job's file again; the emitter never writes a location, so it never needs one. The analyzer parses the
    /// same model with its locations, from the same parser.
    /// </summary>
    internal static class WithoutLocations
    {
        public static JobModel Strip(JobModel model) => model with
        {
            Type = model.Type with
            {
                Location = null,
                ContainingTypes = model.Type.ContainingTypes.Select(static c => c with { Location = null }).ToEquatableArray(),
            },
            Job = model.Job with
            {
                Location = null,
                ModelNameLocation = null,
                EventBasedLocation = null,
                BatchIdLocation = null,
                ModelVersionLocation = null,
            },
            Tables = model.Tables.Select(static t => t with { Location = null }).ToEquatableArray(),
            Ingestion = model.Ingestion is null ? null : model.Ingestion with { Location = null },
            FeaturePrefix = Strip(model.FeaturePrefix),
            TagPrefix = Strip(model.TagPrefix),
            ShapPrefix = Strip(model.ShapPrefix),
            Members = model.Members.Select(static m => m with
            {
                Location = null,
                ColumnAttributeLocation = null,
                Roles = m.Roles.Select(static r => r with { Location = null }).ToEquatableArray(),
            }).ToEquatableArray(),
        };

        private static PrefixInfo? Strip(PrefixInfo? prefix) => prefix is null ? null : prefix with { Location = null };
    }
}
