using Microsoft.ML.Data;

namespace KnowledgePay.Infrastructure.Recommendations;

/// <summary>One training example as ML.NET reads it: a label and one sparse vector per field.</summary>
internal sealed class FactorizationMachineRow
{
    public bool Label { get; set; }

    public VBuffer<float> UserId { get; set; }

    public VBuffer<float> UserFeatures { get; set; }

    public VBuffer<float> CourseId { get; set; }

    public VBuffer<float> CourseFeatures { get; set; }

    /// <summary>Field columns in <see cref="FeatureSpace"/> field order.</summary>
    public static readonly string[] FieldColumns = [nameof(UserId), nameof(UserFeatures), nameof(CourseId), nameof(CourseFeatures)];
}
