namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>
/// The content baseline for new courses: a user's profile is the genre counts of their training items, and a course
/// scores the cosine between that profile and its binary genre vector — it needs no interaction with the course.
/// Users without history and courses without genres score 0.
/// </summary>
public sealed class GenreProfileModel : IRecommenderModel
{
    private int[][] _genresByItem = [];
    private double[][] _profiles = [];

    public string Name => "genre profile";

    public void Fit(TrainingSet training)
    {
        var features = training.ItemFeatures ?? new Dictionary<int, string[]>();
        var genreIndex = features.Values.SelectMany(genres => genres).Distinct().Order(StringComparer.Ordinal)
            .Select((genre, index) => (genre, index)).ToDictionary(pair => pair.genre, pair => pair.index);
        _genresByItem = [.. Enumerable.Range(0, training.ItemCount)
            .Select(item => features.GetValueOrDefault(item, []).Select(genre => genreIndex[genre]).Distinct().ToArray())];
        _profiles = [.. Enumerable.Range(0, training.UserCount).Select(_ => new double[genreIndex.Count])];
        foreach (var (user, item) in training.Interactions.Select(interaction => (interaction.User, interaction.Item)).Distinct())
        {
            foreach (var genre in _genresByItem[item])
            {
                _profiles[user][genre]++;
            }
        }

        foreach (var profile in _profiles)
        {
            var norm = Math.Sqrt(profile.Sum(count => count * count));
            for (var genre = 0; norm > 0 && genre < profile.Length; genre++)
            {
                profile[genre] /= norm;
            }
        }
    }

    public void Score(int user, ReadOnlySpan<int> candidates, Span<float> scores)
    {
        var profile = _profiles[user];
        for (var index = 0; index < candidates.Length; index++)
        {
            var genres = _genresByItem[candidates[index]];
            // Cosine with a binary vector: the profile's entries at its genres over √(number of genres).
            scores[index] = genres.Length == 0 ? 0f : (float)(genres.Sum(genre => profile[genre]) / Math.Sqrt(genres.Length));
        }
    }
}
