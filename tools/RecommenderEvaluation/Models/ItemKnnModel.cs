namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>
/// Item-based k-nearest neighbours over the binary user–item matrix: cosine similarity between item columns,
/// each item keeps its <c>neighbours</c> most similar items, and a candidate scores the summed similarity
/// from the user's training items that list it as a neighbour.
/// </summary>
public sealed class ItemKnnModel(int neighbours) : IRecommenderModel
{
    private (int Item, float Similarity)[][] _neighbours = [];
    private int[][] _itemsByUser = [];

    public string Name => $"item-kNN (k={neighbours})";

    public void Fit(TrainingSet training)
    {
        _itemsByUser = GroupDistinct(training.Interactions.Select(interaction => (interaction.User, interaction.Item)), training.UserCount);
        var usersByItem = GroupDistinct(training.Interactions.Select(interaction => (interaction.Item, interaction.User)), training.ItemCount);

        _neighbours = new (int, float)[training.ItemCount][];
        var coOccurrences = new int[training.ItemCount];
        var touched = new List<int>();
        for (var item = 0; item < training.ItemCount; item++)
        {
            foreach (var user in usersByItem[item])
            {
                foreach (var other in _itemsByUser[user])
                {
                    if (other != item && coOccurrences[other]++ == 0)
                    {
                        touched.Add(other);
                    }
                }
            }

            _neighbours[item] = touched
                .Select(other => (other, (float)(coOccurrences[other] / Math.Sqrt((double)usersByItem[item].Length * usersByItem[other].Length))))
                .OrderByDescending(neighbour => neighbour.Item2)
                .ThenBy(neighbour => neighbour.other)
                .Take(neighbours)
                .ToArray();
            foreach (var other in touched)
            {
                coOccurrences[other] = 0;
            }

            touched.Clear();
        }
    }

    public void Score(int user, ReadOnlySpan<int> candidates, Span<float> scores)
    {
        var accumulated = new float[_neighbours.Length];
        foreach (var item in _itemsByUser[user])
        {
            foreach (var (neighbour, similarity) in _neighbours[item])
            {
                accumulated[neighbour] += similarity;
            }
        }

        for (var index = 0; index < candidates.Length; index++)
        {
            scores[index] = accumulated[candidates[index]];
        }
    }

    private static int[][] GroupDistinct(IEnumerable<(int Key, int Value)> pairs, int keyCount)
    {
        var groups = new int[keyCount][];
        var lookup = pairs.Distinct().ToLookup(pair => pair.Key, pair => pair.Value);
        for (var key = 0; key < keyCount; key++)
        {
            groups[key] = lookup[key].ToArray();
        }

        return groups;
    }
}
