using KnowledgePay.Application.Profiles.Queries;
using KnowledgePay.Application.Profiles.Scoring;

namespace KnowledgePay.Infrastructure.Recommendations;

/// <summary>
/// One user's interest, category and price-band scores summed over their interactions, as the 用户画像 sums them
/// over events (<see cref="PortraitScoring"/>), for every user of a training run at once.
/// </summary>
internal sealed class ProfileSums
{
    private readonly Dictionary<Guid, double> _tags = [];
    private readonly Dictionary<Guid, double> _categories = [];
    private readonly Dictionary<PriceBand, double> _priceBands = [];

    public IEnumerable<(Guid Id, double Score)> Categories => _categories.Select(pair => (pair.Key, pair.Value));

    public PriceBand? PriceBand => _priceBands.Count == 0 ? null : _priceBands.MaxBy(pair => pair.Value).Key;

    public void Add(CourseContentProfileDto course, double weight)
    {
        foreach (var tag in course.TagIds)
        {
            _tags[tag] = _tags.GetValueOrDefault(tag) + weight;
        }

        _categories[course.CategoryId] = _categories.GetValueOrDefault(course.CategoryId) + weight;
        _priceBands[course.PriceBand] = _priceBands.GetValueOrDefault(course.PriceBand) + weight;
    }

    /// <summary>The summed tags with the user's onboarding choices added as the portrait's prior.</summary>
    public IEnumerable<(Guid Id, double Score)> InterestsWith(IEnumerable<Guid> onboardingTagIds)
    {
        var interests = new Dictionary<Guid, double>(_tags);
        foreach (var tag in onboardingTagIds.Distinct())
        {
            interests[tag] = interests.GetValueOrDefault(tag) + PortraitScoring.OnboardingInterestPrior;
        }

        return interests.Select(pair => (pair.Key, pair.Value));
    }
}
