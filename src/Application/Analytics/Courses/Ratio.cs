namespace KnowledgePay.Application.Analytics.Courses;

public static class Ratio
{
    /// <summary><paramref name="part"/> / <paramref name="whole"/>; null when there is no whole to share.</summary>
    public static double? Of(double part, double whole) => whole == 0 ? null : part / whole;
}
