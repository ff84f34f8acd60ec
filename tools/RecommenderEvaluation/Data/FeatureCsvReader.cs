namespace KnowledgePay.RecommenderEvaluation.Data;

/// <summary>
/// Reads item or user features: the first column is the id, the last column the <c>|</c>-separated features, so
/// both <c>item,features</c> and MovieLens' <c>movieId,title,genres</c> (titles may contain quoted commas) work.
/// Ids absent from the interactions are skipped; the result is keyed by dense index into <c>ids</c>.
/// </summary>
public static class FeatureCsvReader
{
    private const string NoFeatures = "(no genres listed)";

    public static IReadOnlyDictionary<int, string[]> Read(string path, IReadOnlyList<string> ids)
    {
        using var reader = new StreamReader(path);
        return Read(reader, ids);
    }

    public static IReadOnlyDictionary<int, string[]> Read(TextReader reader, IReadOnlyList<string> ids)
    {
        var indices = ids.Select((id, index) => (id, index)).ToDictionary(pair => pair.id, pair => pair.index);
        var features = new Dictionary<int, string[]>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var firstComma = line.IndexOf(',');
            if (firstComma < 0 || !indices.TryGetValue(line[..firstComma].Trim(), out var index))
            {
                continue;
            }

            var lastField = line[(line.LastIndexOf(',') + 1)..].Trim();
            features[index] = lastField == NoFeatures
                ? []
                : lastField.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        return features;
    }
}
