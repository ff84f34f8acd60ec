namespace KnowledgePay.Recommender.Features;

/// <summary>
/// The values one field of the factorisation machine sees: repeated keys summed, unknown or non-positive ones
/// dropped, the rest scaled to unit length so a user with many interests does not outweigh one with few. Training
/// and serving both call this, which keeps the folded vectors equal to the trained model.
/// </summary>
public static class FieldValues
{
    public static WeightedFeature[] UnitLength(IEnumerable<WeightedFeature> features, Func<string, bool> isKnown)
    {
        var summed = features
            .Where(feature => isKnown(feature.Key))
            .GroupBy(feature => feature.Key, StringComparer.Ordinal)
            .Select(group => new WeightedFeature(group.Key, group.Sum(feature => feature.Weight)))
            .Where(feature => feature.Weight > 0f)
            .ToArray();
        var length = MathF.Sqrt(summed.Sum(feature => feature.Weight * feature.Weight));
        return summed.Select(feature => feature with { Weight = feature.Weight / length }).ToArray();
    }
}
