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
            : this(ours, dataAnnotations, hasFirstArgument, firstArgument, rawDataColumn, linkToDataColumn, null, null, null, data)
        {
        }

        public MemberAttribute(string? ours, string? dataAnnotations, bool hasFirstArgument, string? firstArgument, string? rawDataColumn, string? linkToDataColumn, string? typeName, int? precision, int? scale, AttributeData? data)
        {
            Ours = ours;
            DataAnnotations = dataAnnotations;
            HasFirstArgument = hasFirstArgument;
            FirstArgument = firstArgument;
            RawDataColumn = rawDataColumn;
            LinkToDataColumn = linkToDataColumn;
            TypeName = typeName;
            Precision = precision;
            Scale = scale;
            Data = data;
        }

        /// <summary>Our attribute's class name (<c>FeatureAttribute</c>), or null.</summary>
        public string? Ours { get; }

        /// <summary>
        /// <c>NotMappedAttribute</c> or <c>ColumnAttribute</c> of <c>System.ComponentModel.DataAnnotations.Schema</c>, or EF
        /// Core's <c>PrecisionAttribute</c>; null for any other.
        /// </summary>
        public string? DataAnnotations { get; }

        public bool HasFirstArgument { get; }

        /// <summary>The first constructor argument when it is a string.</summary>
        public string? FirstArgument { get; }

        public string? RawDataColumn { get; }

        public string? LinkToDataColumn { get; }

        /// <summary>A DataAnnotations <c>[Column]</c>'s <c>TypeName</c>, e.g. <c>decimal(18, 2)</c>.</summary>
        public string? TypeName { get; }

        /// <summary>EF Core's <c>[Precision(p, s)]</c>: the precision; null when it is not an int.</summary>
        public int? Precision { get; }

        /// <summary>EF Core's <c>[Precision(p, s)]</c>: the scale; null when only a precision is given (SQL's default scale, 0).</summary>
        public int? Scale { get; }

        /// <summary>The bound attribute, for locations; null when read from syntax.</summary>
        public AttributeData? Data { get; }
    }
}
