using KnowledgePay.Domain.Catalog;

namespace KnowledgePay.GraphQL.FunctionalTests.TestData;

/// <summary>Entry points for test data: <c>ACourse().By(creator).In(category).PricedAt(4900).Published().Build()</c>.</summary>
public static class Builders
{
    public static readonly DateTimeOffset Epoch = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static int _sequence;

    public static CourseBuilder ACourse() => new(Next());

    public static Creator ACreator(string? name = null) => Creator.Join(name ?? $"Creator {Next()}", "讲师", null, null, Epoch);

    public static Category ACategory(string? name = null)
    {
        var n = Next();
        return Category.Create(name ?? $"Category {n}", $"category-{n}", n);
    }

    public static Tag ATag(string? name = null)
    {
        var n = Next();
        return Tag.Create(name ?? $"Tag {n}", $"tag-{n}");
    }

    internal static int Next() => Interlocked.Increment(ref _sequence);
}
