using System.Collections.Generic;

namespace TableImport
{
    partial class TableImportJobIdentity
    {
        /// <summary>The identity of a declared job: what the server will report of it once created.</summary>
        /// <param name="definition">The job.</param>
        public static TableImportJobIdentity Of(TableImportJobDefinition definition)
        {
            if (definition is null)
            {
                throw new System.ArgumentNullException(nameof(definition));
            }

            // A job without exactly one table (TI0011) still has an identity: model, environment and store, no table.
            return Of(DefinitionFacts.Of(definition))
                   ?? new TableImportJobIdentity(definition.ModelName, definition.ModelEnvironmentName, definition.TableStore, null);
        }

        /// <summary>
        /// TI0019 at run time: each declaration whose identity another of <paramref name="jobs"/> shares, by index, with a
        /// message (<c>TI0019: ...</c>) naming the other. Every one of them collides: which one would "win" would depend on
        /// declaration order. Registration fails them all; <c>tableimport validate</c> reports them.
        /// </summary>
        /// <param name="jobs">The declared jobs.</param>
        public static IReadOnlyDictionary<int, string> Collisions(IReadOnlyList<TableImportJobDefinition> jobs)
        {
            if (jobs is null)
            {
                throw new System.ArgumentNullException(nameof(jobs));
            }

            var collisions = new Dictionary<int, string>();
            var byIdentity = new Dictionary<TableImportJobIdentity, List<int>>();
            for (var i = 0; i < jobs.Count; i++)
            {
                var identity = Of(jobs[i]);
                if (!byIdentity.TryGetValue(identity, out var indexes))
                {
                    byIdentity[identity] = indexes = new List<int>();
                }

                indexes.Add(i);
            }

            foreach (var group in byIdentity)
            {
                var members = group.Value;
                if (members.Count < 2)
                {
                    continue;
                }

                foreach (var i in members)
                {
                    var other = members[i == members[0] ? 1 : 0];
                    collisions[i] = Rules.RuleIds.DuplicateJob + ": " + group.Key.CollisionMessage("it", NameOf(jobs[other]));
                }
            }

            return collisions;
        }

        /// <summary>How messages name a declared job: its C# type, or its model name when it was built by hand.</summary>
        internal static string NameOf(TableImportJobDefinition job) => job.JobTypeName ?? "job '" + job.ModelName + "'";
    }
}
