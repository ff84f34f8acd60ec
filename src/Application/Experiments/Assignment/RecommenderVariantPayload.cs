using System.Text.Json;
using KnowledgePay.Application.Recommendations;
using KnowledgePay.Domain.Experiments;

namespace KnowledgePay.Application.Experiments.Assignment;

/// <summary>
/// A recommender experiment's variant payload: <c>{"strategy": "personalised" | "popular", "freshShare": 0…1}</c>, both
/// optional (left out: the recommender's defaults). A variant without a payload serves the defaults.
/// </summary>
internal static class RecommenderVariantPayload
{
    public static RecommenderSettings Parse(string variantKey, string? payload)
    {
        if (payload is null)
        {
            return RecommenderSettings.Default;
        }

        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw ExperimentErrors.PayloadInvalid(variantKey, "a recommender variant's payload is a JSON object.");
            }

            var strategy = RecommenderSettings.Default.Strategy;
            var share = RecommenderSettings.Default.FreshShare;
            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "strategy" when property.Value.ValueKind == JsonValueKind.String
                        && Enum.TryParse<RecommendationStrategy>(property.Value.GetString(), ignoreCase: true, out var parsed)
                        && Enum.IsDefined(parsed):
                        strategy = parsed;
                        break;
                    case "freshShare" when property.Value.TryGetSingle(out var value) && value is >= 0f and <= 1f:
                        share = value;
                        break;
                    default:
                        throw ExperimentErrors.PayloadInvalid(
                            variantKey, $"\"{property.Name}\" is not a recommender knob or its value is out of range (strategy: personalised or popular; freshShare: 0 to 1).");
                }
            }

            return new RecommenderSettings(strategy, share);
        }
        catch (JsonException)
        {
            throw ExperimentErrors.PayloadInvalid(variantKey, "it is not JSON.");
        }
    }
}
