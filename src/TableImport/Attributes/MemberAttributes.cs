using System;

namespace TableImport
{
    /// <summary>
    /// An embedding feature: the member is the vector column. Arize accepts at most 30 per model.
    /// </summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class EmbeddingFeatureAttribute : Attribute
    {
        /// <summary>Declares the embedding feature with its display name.</summary>
        public EmbeddingFeatureAttribute(string featureName) => FeatureName = featureName;

        /// <summary>The feature's name in Arize (<c>featureName</c>).</summary>
        public string FeatureName { get; }

        /// <summary>The column holding the raw data the vector was computed from (<c>rawDataCol</c>).</summary>
        public string? RawDataColumn { get; set; }

        /// <summary>The column holding a link to the data, for example an image URL (<c>linkToDataCol</c>).</summary>
        public string? LinkToDataColumn { get; set; }
    }

    /// <summary>Overrides the column name that the job's naming policy would give the member.</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class ColumnNameAttribute : Attribute
    {
        /// <summary>Sets the column name.</summary>
        public ColumnNameAttribute(string name) => Name = name;

        /// <summary>The column name in the warehouse table.</summary>
        public string Name { get; }
    }

    /// <summary>Leaves the member out of the job: it gets no column constant and no role.</summary>
    [AttributeUsage(RoleTargets.Members, AllowMultiple = false, Inherited = true)]
    public sealed class NotImportedAttribute : Attribute
    {
    }
}
