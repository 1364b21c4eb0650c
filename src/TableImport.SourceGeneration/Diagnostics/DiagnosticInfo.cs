using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using TableImport.SourceGeneration.Model;

namespace TableImport.SourceGeneration.Diagnostics
{
    /// <summary>
    /// A diagnostic as plain equatable data: rules stay pure functions of the model, and a result can be cached or
    /// compared without holding a compilation.
    /// </summary>
    internal sealed record DiagnosticInfo(
        string Id,
        LocationInfo? Location,
        EquatableArray<string> MessageArgs,
        EquatableArray<DiagnosticProperty> Properties,
        EquatableArray<LocationInfo> AdditionalLocations)
    {
        /// <param name="resolve">
        /// Turns a location back into one inside the compilation's own syntax tree: only such a location lets
        /// <c>#pragma warning disable</c> and <c>.editorconfig</c> severities apply.
        /// </param>
        public Diagnostic ToDiagnostic(Func<LocationInfo, Location> resolve)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            foreach (var property in Properties)
            {
                properties[property.Key] = property.Value;
            }

            var additional = ImmutableArray.CreateBuilder<Location>(AdditionalLocations.Count);
            foreach (var location in AdditionalLocations)
            {
                additional.Add(resolve(location));
            }

            var args = new object?[MessageArgs.Count];
            for (var i = 0; i < args.Length; i++)
            {
                args[i] = MessageArgs[i];
            }

            return Diagnostic.Create(
                DiagnosticDescriptors.Get(Id),
                Location is null ? Microsoft.CodeAnalysis.Location.None : resolve(Location),
                additional.ToImmutable(),
                properties.ToImmutable(),
                args);
        }
    }

    internal sealed record DiagnosticProperty(string Key, string? Value);
}
