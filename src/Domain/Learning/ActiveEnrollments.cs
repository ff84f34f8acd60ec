namespace KnowledgePay.Domain.Learning;

/// <summary>Queries over enrollments that grant access now; what "active" means lives in <see cref="Enrollment.Active"/>.</summary>
public static class ActiveEnrollments
{
    public static IQueryable<Enrollment> Active(this IQueryable<Enrollment> enrollments) =>
        enrollments.Where(Enrollment.Active);

    public static IQueryable<Enrollment> ActiveFor(this IQueryable<Enrollment> enrollments, Guid userId) =>
        enrollments.Active().Where(e => e.UserId == userId);

    public static IQueryable<Enrollment> ActiveFor(this IQueryable<Enrollment> enrollments, Guid userId, Guid courseId) =>
        enrollments.ActiveFor(userId).Where(e => e.CourseId == courseId);
}
