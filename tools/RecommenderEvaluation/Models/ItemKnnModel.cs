namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>
/// Item-based k-nearest neighbours as published: the user–item matrix X is weighted (TF-IDF or BM25 with items as
/// documents and users as terms, as in Ferrari Dacrema et al. 2019, "Are we really making much progress?", whose
/// ItemKNN-CF baseline this follows), the similarity of items i and j is the shrunk cosine
/// x_i·x_j / (‖x_i‖‖x_j‖ + h), every item keeps its k most similar items, optionally normalised to sum 1
/// (Deshpande and Karypis 2004, "Item-based top-N recommendation algorithms"), and a candidate scores
/// Σ over the user's items j of x_uj · sim(j → candidate).
/// </summary>
public sealed class ItemKnnModel(ItemKnnOptions options) : IRecommenderModel
{
    // Okapi BM25's usual constants.
    private const double K1 = 1.2;
    private const double B = 0.75;

    private (int Item, float Similarity)[][] _neighbours = [];
    private int[][] _itemsByUser = [];
    private float[][] _weightsByUser = [];

    public string Name => $"item-kNN (k={options.Neighbours}, h={options.Shrinkage}, {options.Weighting}{(options.Normalise ? ", normalised" : "")})";

    public void Fit(TrainingSet training)
    {
        _itemsByUser = GroupDistinct(training.Interactions.Select(interaction => (interaction.User, interaction.Item)), training.UserCount);
        var usersByItem = GroupDistinct(training.Interactions.Select(interaction => (interaction.Item, interaction.User)), training.ItemCount);
        var weight = WeightFunction(training, usersByItem);
        _weightsByUser = [.. _itemsByUser.Select((items, user) => items.Select(item => (float)weight(user, item)).ToArray())];
        var norms = usersByItem.Select((users, item) => Math.Sqrt(users.Sum(user => weight(user, item) * weight(user, item)))).ToArray();

        _neighbours = new (int, float)[training.ItemCount][];
        var dots = new double[training.ItemCount];
        var isTouched = new bool[training.ItemCount];
        var touched = new List<int>();
        for (var item = 0; item < training.ItemCount; item++)
        {
            foreach (var user in usersByItem[item])
            {
                var items = _itemsByUser[user];
                var weights = _weightsByUser[user];
                var own = weight(user, item);
                for (var position = 0; position < items.Length; position++)
                {
                    var other = items[position];
                    if (other == item)
                    {
                        continue;
                    }

                    if (!isTouched[other])
                    {
                        isTouched[other] = true;
                        touched.Add(other);
                    }

                    dots[other] += own * weights[position];
                }
            }

            var kept = NearestNeighbours(touched, other => (float)(dots[other] / (norms[item] * norms[other] + options.Shrinkage)));
            var total = kept.Sum(neighbour => neighbour.Similarity);
            _neighbours[item] = options.Normalise && total > 0
                ? [.. kept.Select(neighbour => (neighbour.Item, neighbour.Similarity / total))]
                : kept;
            foreach (var other in touched)
            {
                dots[other] = 0;
                isTouched[other] = false;
            }

            touched.Clear();
        }
    }

    public void Score(int user, ReadOnlySpan<int> candidates, Span<float> scores)
    {
        var accumulated = new float[_neighbours.Length];
        var items = _itemsByUser[user];
        for (var position = 0; position < items.Length; position++)
        {
            foreach (var (neighbour, similarity) in _neighbours[items[position]])
            {
                accumulated[neighbour] += _weightsByUser[user][position] * similarity;
            }
        }

        for (var index = 0; index < candidates.Length; index++)
        {
            scores[index] = accumulated[candidates[index]];
        }
    }

    /// <summary>The <see cref="ItemKnnOptions.Neighbours"/> most similar items, most similar first (equal ones by lower item).</summary>
    private (int Item, float Similarity)[] NearestNeighbours(List<int> touched, Func<int, float> similarity)
    {
        var ranked = touched.Select(other => (NegatedSimilarity: -similarity(other), Item: other)).ToArray();
        Array.Sort(ranked);
        return [.. ranked.Take(options.Neighbours).Select(neighbour => (neighbour.Item, -neighbour.NegatedSimilarity))];
    }

    /// <summary>
    /// The weight of entry (user, item) of the binary matrix, after Ferrari Dacrema et al.'s TF_IDF and okapi_BM_25
    /// applied to Xᵀ: N = catalogue size, idf_u = ln(N / (1 + |I_u|)), an item's length is its number of users.
    /// </summary>
    private Func<int, int, double> WeightFunction(TrainingSet training, int[][] usersByItem)
    {
        var catalogue = (double)training.ItemCount;
        var idf = _itemsByUser.Select(items => Math.Log(catalogue / (1 + items.Length))).ToArray();
        var averageLength = usersByItem.Average(users => users.Length);
        return options.Weighting switch
        {
            InteractionWeighting.TfIdf => (user, _) => idf[user],
            InteractionWeighting.Bm25 => (user, item) =>
                (K1 + 1) / (K1 * (1 - B + B * usersByItem[item].Length / averageLength) + 1) * idf[user],
            _ => (_, _) => 1.0,
        };
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
