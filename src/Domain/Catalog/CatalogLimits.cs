namespace KnowledgePay.Domain.Catalog;

public static class CatalogLimits
{
    public const int NameLength = 60;
    public const int SlugLength = 60;
    public const int TitleLength = 120;
    public const int SummaryLength = 2000;
    public const int BioLength = 2000;
    public const int UrlLength = 500;
    public const int LessonBodyLength = 200_000;
    public const int MaxLessonDurationSeconds = 24 * 60 * 60;
    public const int MaxTagsPerCourse = 10;
}
