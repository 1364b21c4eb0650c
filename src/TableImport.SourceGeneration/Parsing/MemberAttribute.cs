using Microsoft.CodeAnalysis;

namespace TableImport.SourceGeneration.Parsing
{
    /// <summary>
    /// What the parser reads from one attribute on a member, whether it came bound (<see cref="AttributeData"/>, the
    /// analyzer's way) or from syntax (<see cref="DeclarationReader"/>, the generator's way): the rest of the parser
    /// cannot tell them apart.
    /// </summary>
    internal readonly struct MemberAttribute
    {
        public MemberAttribute(string? ours, string? dataAnnotations, bool hasFirstArgument, string? firstArgument, string? rawDataColumn, string? linkToDataColumn, AttributeData? data)
        {
            Ours = ours;
            DataAnnotations = dataAnnotations;
            HasFirstArgument = hasFirstArgument;
            FirstArgument = firstArgument;
            RawDataColumn = rawDataColumn;
            LinkToDataColumn = linkToDataColumn;
            Data = data;
        }

        /// <summary>Our attribute's class name (<c>FeatureAttribute</c>), or null.</summary>
        public string? Ours { get; }

        /// <summary><c>NotMappedAttribute</c> or <c>ColumnAttribute</c> of <c>System.ComponentModel.DataAnnotations.Schema</c>, or null.</summary>
        public string? DataAnnotations { get; }

        public bool HasFirstArgument { get; }

        /// <summary>The first constructor argument when it is a string.</summary>
        public string? FirstArgument { get; }

        public string? RawDataColumn { get; }

        public string? LinkToDataColumn { get; }

        /// <summary>The bound attribute, for locations; null when read from syntax.</summary>
        public AttributeData? Data { get; }
    }
}
