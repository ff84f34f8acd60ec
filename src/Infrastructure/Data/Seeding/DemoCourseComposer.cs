using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.Infrastructure.Data.Seeding;

/// <summary>Builds the n-th demo course through the domain's own factory and methods.</summary>
internal sealed class DemoCourseComposer(
    Random random, IReadOnlyList<Category> categories, IReadOnlyList<Creator> creators, IReadOnlyDictionary<string, Tag> tags)
{
    private const int PublicationSpanMinutes = 2 * 365 * 24 * 60;

    private static long[] PricesFen { get; } = [0, 0, 990, 1990, 1990, 2990, 4990, 4990, 9900, 9900, 19900, 29900, 49900];
    private static string[] FormatTagSlugs { get; } = ["hands-on", "full-course", "bootcamp"];
    private static LessonKind[] Kinds { get; } =
        [LessonKind.Video, LessonKind.Video, LessonKind.Video, LessonKind.Audio, LessonKind.Audio, LessonKind.Article, LessonKind.Article, LessonKind.Live];

    public Course Published(int number)
    {
        var course = Compose(number, withLessons: true);
        course.Publish(DemoCatalog.BaseTime.AddMinutes(-random.Next(PublicationSpanMinutes)));
        RecordLearners(course);
        return course;
    }

    public Course Draft(int number) => Compose(number, withLessons: number % 2 == 0);

    public Course Archived(int number)
    {
        var course = Published(number);
        course.Archive();
        return course;
    }

    private Course Compose(int number, bool withLessons)
    {
        var categoryIndex = number % categories.Count;
        var material = DemoCategories.All[categoryIndex];
        var creatorIndex = categoryIndex + (categories.Count * random.Next(CreatorsIn(categoryIndex)));
        var creator = creators[creatorIndex];
        var language = DemoLanguage.Of(creator.Name);
        var english = language == DemoLanguage.English;
        var (topicZh, topicEn) = material.Topics[random.Next(material.Topics.Length)];
        var topic = english ? topicEn : topicZh;
        var chapterSizes = withLessons ? Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(2, 7)).ToArray() : [];

        var title = string.Format(language.TitlePatterns[random.Next(language.TitlePatterns.Length)], topic);
        var summary = string.Format(
            language.SummaryPattern,
            topic,
            creator.Name,
            Math.Max(chapterSizes.Sum(), 1),
            english ? material.Audience.En : material.Audience.Zh,
            english ? material.Outcome.En : material.Outcome.Zh);
        var createdAt = DemoCatalog.BaseTime.AddDays(-random.Next(760, 800));
        var course = Course.Draft(
            creator.Id, categories[categoryIndex].Id, title, summary, Money.Fen(PricesFen[random.Next(PricesFen.Length)]), createdAt);
        course.Describe(title, summary, $"https://cdn.knowledgepay.example/covers/{material.Slug}/{number:D3}.jpg");

        for (var c = 0; c < chapterSizes.Length; c++)
        {
            var chapter = course.AddChapter(string.Format(language.ChapterPattern, c + 1, language.ChapterPhases[c]));
            for (var l = 0; l < chapterSizes[c]; l++)
            {
                course.AddLesson(chapter.Id, Lesson(language, topic, number, c, l));
            }
        }

        foreach (var slug in TagSlugs(material))
        {
            course.TagWith(tags[slug].Id);
        }

        return course;
    }

    private int CreatorsIn(int categoryIndex) => ((creators.Count - 1 - categoryIndex) / categories.Count) + 1;

    private LessonContent Lesson(DemoLanguage language, string topic, int course, int chapter, int lesson)
    {
        var kind = Kinds[random.Next(Kinds.Length)];
        var title = string.Format(language.LessonPatterns[random.Next(language.LessonPatterns.Length)], topic);
        var (minutes, extension) = kind switch
        {
            LessonKind.Article => (random.Next(5, 16), null),
            LessonKind.Audio => (random.Next(10, 31), "mp3"),
            LessonKind.Video => (random.Next(8, 46), "mp4"),
            _ => (random.Next(60, 121), "m3u8"),
        };
        var mediaUrl = extension is null
            ? null
            : $"https://media.knowledgepay.example/courses/{course:D3}/{chapter + 1}-{lesson + 1}.{extension}";
        return new LessonContent(
            title,
            kind,
            (minutes * 60) + random.Next(60),
            IsFreePreview: chapter == 0 && lesson == 0,
            Body: string.Format(language.ArticlePattern, title),
            MediaUrl: mediaUrl);
    }

    private IEnumerable<string> TagSlugs(DemoCategory material)
    {
        var topical = material.TagSlugs.OrderBy(_ => random.Next()).Take(random.Next(1, 3));
        var level = random.Next(3) == 0 ? "advanced" : "beginner";
        return topical.Append(level).Append(FormatTagSlugs[random.Next(FormatTagSlugs.Length)]);
    }

    /// <summary>Popularity only: ratings come from the demo learners' reviews (<see cref="DemoLearners"/>).</summary>
    private void RecordLearners(Course course)
    {
        var students = (int)(Math.Pow(random.NextDouble(), 3) * 20_000) + random.Next(1, 640);
        for (var i = 0; i < students; i++)
        {
            course.RecordEnrollment();
        }
    }
}
