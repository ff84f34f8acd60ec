using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>
/// Time of day as the product would use it (the data set has no platform): every training interaction counts once in
/// the <see cref="Daypart"/> of its timestamp in <paramref name="zone"/>, and a user's list is asked for in the daypart of
/// their arrival (their first timestamp in the whole data set, as <see cref="ArrivalPopularity"/> takes it).
/// </summary>
public sealed class ArrivalDayparts(IReadOnlyDictionary<int, long> arrivals, TimeZoneInfo zone)
{
    public string Describe() => $"dayparts in {zone.Id}";

    public ServingContext For(int user) =>
        arrivals.TryGetValue(user, out var arrival) ? new ServingContext(null, DaypartOf(arrival)) : ServingContext.None;

    /// <summary>The model with what is popular per daypart among <paramref name="training"/>'s interactions.</summary>
    public RecommenderModel WithContext(RecommenderModel model, IEnumerable<Data.Interaction> training, Func<int, string> itemKey) =>
        model.WithContext(ContextPopularity.From(
            [.. training.Select(interaction => new ContextCount(
                itemKey(interaction.Item), FeatureToken.Of(FeatureToken.Daypart, DaypartOf(interaction.Timestamp)), 1f))],
            model.Courses));

    private string DaypartOf(long unixSeconds) => Daypart.At(DateTimeOffset.FromUnixTimeSeconds(unixSeconds), zone);
}
