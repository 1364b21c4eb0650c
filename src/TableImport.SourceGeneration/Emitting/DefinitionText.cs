using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TableImport.SourceGeneration.Emitting
{
    /// <summary>
    /// The lines of a job definition in the format <c>TableImport.TableImportJobText</c> reads: <c>Path: value</c> per value
    /// set, a list as its key followed by <c>- item</c> lines. Values unset are left out, as the initializer left them.
    /// </summary>
    internal sealed class DefinitionText
    {
        public List<string> Lines { get; } = new List<string>();

        public void Add(string path, string? value)
        {
            if (value is not null)
            {
                Lines.Add(path + ": " + Escape(value));
            }
        }

        public void Add(string path, int? value)
        {
            if (value is { } number)
            {
                Lines.Add(path + ": " + number.ToString(CultureInfo.InvariantCulture));
            }
        }

        /// <summary>A list's key; its items follow with <see cref="Item"/>.</summary>
        public void List(string path) => Lines.Add(path + ":");

        public void Item(string value) => Lines.Add("- " + Escape(value));

        /// <summary>The first value of a new object in a list of objects (an embedding).</summary>
        public void FirstOfItem(string field, string value) => Lines.Add("- " + field + ": " + Escape(value));

        /// <summary>A further value of that object, indented under its first.</summary>
        public void InItem(string field, string? value)
        {
            if (value is not null)
            {
                Lines.Add("  " + field + ": " + Escape(value));
            }
        }

        // A line ends at a line feed and the reader drops a carriage return before it, so both are escaped.
        private static string Escape(string value)
        {
            if (value.IndexOf('\\') < 0 && value.IndexOf('\n') < 0 && value.IndexOf('\r') < 0)
            {
                return value;
            }

            var b = new StringBuilder(value.Length + 8);
            foreach (var c in value)
            {
                switch (c)
                {
                    case '\\': b.Append("\\\\"); break;
                    case '\n': b.Append("\\n"); break;
                    case '\r': b.Append("\\r"); break;
                    default: b.Append(c); break;
                }
            }

            return b.ToString();
        }
    }
}
