namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>
/// Popularity among the users who share the user's stated interests (<c>--users</c> features): each interest is a
/// segment, an item scores the mean over the user's segments of its share of the segment's interactions, plus its
/// share of all interactions, so a user who stated nothing gets the popularity ranking. Needs no history of the user.
/// </summary>
public sealed class SegmentPopularityModel : IRecommenderModel
{
    private Dictionary<string, double[]> _segments = [];
    private double[] _overall = [];
    private IReadOnlyDictionary<int, string[]> _interests = new Dictionary<int, string[]>();

    public string Name => "segment popularity";

    public void Fit(TrainingSet training)
    {
        _interests = training.UserFeatures ?? new Dictionary<int, string[]>();
        _overall = new double[training.ItemCount];
        var counts = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var interaction in training.Interactions)
        {
            _overall[interaction.Item]++;
            foreach (var interest in _interests.GetValueOrDefault(interaction.User) ?? [])
            {
                if (!counts.TryGetValue(interest, out var segment))
                {
                    counts[interest] = segment = new double[training.ItemCount];
                }

                segment[interaction.Item]++;
            }
        }

        _segments = counts.ToDictionary(pair => pair.Key, pair => Shares(pair.Value), StringComparer.Ordinal);
        _overall = Shares(_overall);
    }

    public void Score(int user, ReadOnlySpan<int> candidates, Span<float> scores)
    {
        var segments = (_interests.GetValueOrDefault(user) ?? []).Select(interest => _segments.GetValueOrDefault(interest)).OfType<double[]>().ToArray();
        for (var index = 0; index < candidates.Length; index++)
        {
            var item = candidates[index];
            scores[index] = (float)(_overall[item] + (segments.Length == 0 ? 0 : segments.Average(segment => segment[item])));
        }
    }

    private static double[] Shares(double[] counts)
    {
        var total = Math.Max(1, counts.Sum());
        return [.. counts.Select(count => count / total)];
    }
}
