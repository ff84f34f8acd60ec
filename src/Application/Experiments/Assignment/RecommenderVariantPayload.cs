using System.Text.Json;
using KnowledgePay.Application.Recommendations;
using KnowledgePay.Domain.Experiments;
using KnowledgePay.Recommender.Training;

namespace KnowledgePay.Application.Experiments.Assignment;

/// <summary>
/// A recommender experiment's variant payload, every knob optional (left out: the recommender's default):
/// <c>{"strategy": "personalised" | "popular", "freshShare": 0…1, "algorithm": "Warp" | "WarpWithImplicitAls" |
/// "FieldAwareFactorizationMachine", "newLearnerStrength": 0…1000, "newLearnerInterestWeight": 0…10,
/// "newLearnerStatedEvidence": 0…1000, "newLearnerContextWeight": 0…10}</c>. A variant without a payload serves the defaults.
/// </summary>
internal static class RecommenderVariantPayload
{
    private const float MaxEvidence = 1000f;
    private const float MaxWeight = 10f;

    private const string Ranges =
        "strategy: personalised or popular; freshShare: 0 to 1; algorithm: Warp, WarpWithImplicitAls or FieldAwareFactorizationMachine; "
        + "newLearnerStrength and newLearnerStatedEvidence: 0 to 1000; newLearnerInterestWeight and newLearnerContextWeight: 0 to 10";

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

            var settings = RecommenderSettings.Default;
            foreach (var property in root.EnumerateObject())
            {
                settings = property.Name switch
                {
                    "strategy" when Named<RecommendationStrategy>(property.Value) is { } strategy => settings with { Strategy = strategy },
                    "freshShare" when Within(property.Value, 1f) is { } share => settings with { FreshShare = share },
                    "algorithm" when Named<RecommenderAlgorithm>(property.Value) is { } algorithm => settings with { Algorithm = algorithm },
                    "newLearnerStrength" when Within(property.Value, MaxEvidence) is { } strength =>
                        settings with { NewLearnerBlend = settings.NewLearnerBlend with { Strength = strength } },
                    "newLearnerInterestWeight" when Within(property.Value, MaxWeight) is { } weight =>
                        settings with { NewLearnerBlend = settings.NewLearnerBlend with { InterestWeight = weight } },
                    "newLearnerStatedEvidence" when Within(property.Value, MaxEvidence) is { } stated =>
                        settings with { NewLearnerBlend = settings.NewLearnerBlend with { StatedEvidence = stated } },
                    "newLearnerContextWeight" when Within(property.Value, MaxWeight) is { } context =>
                        settings with { NewLearnerBlend = settings.NewLearnerBlend with { ContextWeight = context } },
                    _ => throw ExperimentErrors.PayloadInvalid(
                        variantKey, $"\"{property.Name}\" is not a recommender knob or its value is out of range ({Ranges})."),
                };
            }

            return settings;
        }
        catch (JsonException)
        {
            throw ExperimentErrors.PayloadInvalid(variantKey, "it is not JSON.");
        }
    }

    private static TEnum? Named<TEnum>(JsonElement value)
        where TEnum : struct, Enum =>
        value.ValueKind == JsonValueKind.String
        && !int.TryParse(value.GetString(), out _)
        && Enum.TryParse<TEnum>(value.GetString(), ignoreCase: true, out var parsed)
        && Enum.IsDefined(parsed)
            ? parsed
            : null;

    private static float? Within(JsonElement value, float max) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetSingle(out var number) && number >= 0f && number <= max ? number : null;
}
