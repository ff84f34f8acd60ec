namespace KnowledgePay.RecommenderEvaluation.Data;

/// <summary>
/// Reads item features: the first column is the item id, the last column the <c>|</c>-separated features, so
/// both <c>item,features</c> and MovieLens' <c>movieId,title,genres</c> (titles may contain quoted commas) work.
/// Items absent from the interactions are skipped; the result is keyed by dense item index.
/// </summary>
public static class ItemFeatureReader
{
    private const string NoFeatures = "(no genres listed)";

    public static IReadOnlyDictionary<int, string[]> Read(string path, InteractionData data)
    {
        using var reader = new StreamReader(path);
        return Read(reader, data);
    }

    public static IReadOnlyDictionary<int, string[]> Read(TextReader reader, InteractionData data)
    {
        var itemIndices = data.ItemIds.Select((id, index) => (id, index)).ToDictionary(pair => pair.id, pair => pair.index);
        var features = new Dictionary<int, string[]>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var firstComma = line.IndexOf(',');
            if (firstComma < 0 || !itemIndices.TryGetValue(line[..firstComma].Trim(), out var item))
            {
                continue;
            }

            var lastField = line[(line.LastIndexOf(',') + 1)..].Trim();
            features[item] = lastField == NoFeatures
                ? []
                : lastField.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        return features;
    }
}
