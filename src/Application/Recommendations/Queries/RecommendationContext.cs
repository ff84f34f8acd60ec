using KnowledgePay.Recommender.Features;

namespace KnowledgePay.Application.Recommendations.Queries;

/// <summary>Where the list is shown: only courses of one category and/or with one tag (both optional).</summary>
public sealed record RecommendationContext(Guid? CategoryId = null, Guid? TagId = null)
{
    public static readonly RecommendationContext Anywhere = new();

    public Predicate<CourseFeatures>? Eligibility()
    {
        if (CategoryId is null && TagId is null)
        {
            return null;
        }

        var category = CategoryId is { } categoryId ? ProfileFeatures.Key(categoryId) : null;
        var tag = TagId is { } tagId ? ProfileFeatures.Key(tagId) : null;
        return course => (category is null || course.Category == category) && (tag is null || course.Tags.Contains(tag));
    }
}
