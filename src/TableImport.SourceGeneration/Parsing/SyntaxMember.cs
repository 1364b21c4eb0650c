using System.Collections.Generic;

namespace TableImport.SourceGeneration.Parsing
{
    /// <summary>A property or field as <see cref="DeclarationReader.OwnMembers"/> read it from its declaration.</summary>
    internal sealed class SyntaxMember
    {
        public SyntaxMember(string name, bool isProperty, bool isReadable, bool isStatic, bool isPublic, bool isConst, List<MemberAttribute> attributes, string columnType)
        {
            Name = name;
            IsProperty = isProperty;
            IsReadable = isReadable;
            IsStatic = isStatic;
            IsPublic = isPublic;
            IsConst = isConst;
            Attributes = attributes;
            ColumnType = columnType;
        }

        public string Name { get; }

        public bool IsProperty { get; }

        public bool IsReadable { get; }

        public bool IsStatic { get; }

        public bool IsPublic { get; }

        public bool IsConst { get; }

        public List<MemberAttribute> Attributes { get; }

        public string ColumnType { get; }
    }
}
