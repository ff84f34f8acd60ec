using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.Infrastructure.Data.Seeding;

/// <summary>
/// The demo catalogue, composed from per-category material with a fixed random seed and a fixed clock, so every
/// run yields the same titles, prices, dates and counts (ids are fresh Guid v7 values each time).
/// </summary>
internal sealed record DemoCatalog(
    IReadOnlyList<Category> Categories, IReadOnlyList<Creator> Creators, IReadOnlyList<Tag> Tags, IReadOnlyList<Course> Courses)
{
    public const int PublishedCourses = 300;
    public const int DraftCourses = 6;
    public const int ArchivedCourses = 5;

    public static readonly DateTimeOffset BaseTime = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private const int Seed = 20250601;

    public static DemoCatalog Build()
    {
        var random = new Random(Seed);
        var categories = DemoCategories.All.Select((c, i) => Category.Create(c.Name, c.Slug, i)).ToList();
        var tags = DemoTags.All.Select(t => Tag.Create(t.Name, t.Slug)).ToList();
        var creators = DemoCreators.All.Select((c, i) => JoinCreator(c.Name, c.Headline, i)).ToList();
        var courses = new DemoCourseComposer(random, categories, creators, tags.ToDictionary(t => t.Slug));
        var all = Enumerable.Range(0, PublishedCourses + DraftCourses + ArchivedCourses)
            .Select(n => n switch
            {
                < PublishedCourses => courses.Published(n),
                < PublishedCourses + DraftCourses => courses.Draft(n),
                _ => courses.Archived(n),
            })
            .ToList();

        // Demo data is not a change anyone made, so it leaves no audit trail.
        foreach (var entity in creators.Concat<Entity>(all))
        {
            entity.ClearDomainEvents();
        }

        return new DemoCatalog(categories, creators, tags, all);
    }

    private static Creator JoinCreator(string name, string headline, int index)
    {
        var category = DemoCategories.All[index % DemoCategories.All.Length];
        var language = DemoLanguage.Of(name);
        var field = language == DemoLanguage.English ? category.Slug.Replace('-', ' ') : category.Name;
        return Creator.Join(
            name,
            headline,
            string.Format(language.BioPattern, name, headline, field),
            $"https://cdn.knowledgepay.example/avatars/{index:D2}.png",
            BaseTime.AddDays(-900 + (index * 7)));
    }
}
