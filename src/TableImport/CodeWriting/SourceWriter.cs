using System.Text;

namespace TableImport
{
    /// <summary>
    /// Builds C# text line by line with a running indent. Plain text rather than syntax trees: it is many times
    /// faster than SyntaxFactory plus NormalizeWhitespace, and the output reads exactly as written here. The one code
    /// writer: the generator links this file for what it emits, and the scaffolder writes job types with it.
    /// </summary>
    internal sealed class SourceWriter
    {
        private const int IndentSize = 4;
        private readonly StringBuilder _builder = new StringBuilder(4096);
        private int _indent;

        public void Indent() => _indent++;

        public void Unindent()
        {
            if (_indent > 0)
            {
                _indent--;
            }
        }

        public void WriteLine()
        {
            _builder.Append('\n');
        }

        public void WriteLine(string text)
        {
            if (text.Length > 0)
            {
                _builder.Append(' ', _indent * IndentSize);
                _builder.Append(text);
            }

            _builder.Append('\n');
        }

        /// <summary>Writes <c>{</c> and indents.</summary>
        public void OpenBlock()
        {
            WriteLine("{");
            _indent++;
        }

        /// <summary>Unindents and writes <c>}</c> followed by <paramref name="suffix"/> (for <c>};</c> or <c>},</c>).</summary>
        public void CloseBlock(string suffix = "")
        {
            Unindent();
            WriteLine("}" + suffix);
        }

        public override string ToString() => _builder.ToString();
    }
}
