namespace KnowledgePay.Domain.Offers;

public static class OfferLimits
{
    public const int TitleLength = 120;
    public const int DescriptionLength = 2000;
    public const int MinBundleCourses = 2;
    public const int MaxCourses = 200;
    public const int MaxMembershipDays = 3 * 366;
}
