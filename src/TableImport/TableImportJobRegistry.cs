using System.Collections.Generic;

namespace TableImport
{
    /// <summary>
    /// Where generated code announces an assembly's jobs, so that start-up registration finds the application's own
    /// jobs without reflection or assembly scanning. The generator emits a module initializer (C# 9 and later) that
    /// calls <see cref="Register"/> with the assembly's <c>TableImport.Generated.TableImportJobs.All</c>.
    /// </summary>
    public static class TableImportJobRegistry
    {
        private static readonly object Gate = new object();
        private static readonly List<TableImportJobDefinition> Jobs = new List<TableImportJobDefinition>();
        private static readonly Dictionary<string, TableImportJobDefinition[]> ByAssembly = new Dictionary<string, TableImportJobDefinition[]>();

        /// <summary>Announces the jobs of one assembly; a second call for the same assembly is ignored.</summary>
        /// <param name="assemblyName">The declaring assembly's simple name.</param>
        /// <param name="jobs">Its jobs.</param>
        public static void Register(string assemblyName, IEnumerable<TableImportJobDefinition> jobs)
        {
            lock (Gate)
            {
                if (!ByAssembly.ContainsKey(assemblyName))
                {
                    var list = new List<TableImportJobDefinition>(jobs).ToArray();
                    ByAssembly.Add(assemblyName, list);
                    Jobs.AddRange(list);
                }
            }
        }

        /// <summary>The jobs one assembly announced, or an empty list when it announced none (or has not been loaded).</summary>
        /// <param name="assemblyName">The assembly's simple name.</param>
        public static IReadOnlyList<TableImportJobDefinition> ForAssembly(string assemblyName)
        {
            lock (Gate)
            {
                return ByAssembly.TryGetValue(assemblyName, out var jobs) ? (TableImportJobDefinition[])jobs.Clone() : new TableImportJobDefinition[0];
            }
        }

        /// <summary>A snapshot of every job announced so far, in the order announced.</summary>
        public static IReadOnlyList<TableImportJobDefinition> Registered
        {
            get
            {
                lock (Gate)
                {
                    return Jobs.ToArray();
                }
            }
        }
    }
}
