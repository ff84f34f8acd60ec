using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Learning.Queries;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Learning;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Learning.Commands.RevokeCourseAccess;

/// <summary>Admins: withdraws a user's active access to a course, however it was granted; the enrollment stays as history.</summary>
[RequiresRole(Role.Admin)]
public sealed record RevokeCourseAccessCommand(Guid UserId, Guid CourseId) : ICommand<EnrollmentDto>;

internal sealed class RevokeCourseAccessCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<RevokeCourseAccessCommand, EnrollmentDto>
{
    public async ValueTask<EnrollmentDto> Handle(RevokeCourseAccessCommand command, CancellationToken cancellationToken)
    {
        await db.EnsureLearnerAndCourseExistAsync(command.UserId, command.CourseId, cancellationToken);
        var now = clock.GetUtcNow();
        var enrollment = await db.Enrollments.ActiveFor(command.UserId, command.CourseId, now).SingleOrDefaultAsync(cancellationToken)
            ?? throw LearningErrors.NotEnrolled(command.UserId, command.CourseId);

        enrollment.Revoke(now);
        await db.SaveChangesAsync(cancellationToken);
        return enrollment.Adapt<EnrollmentDto>();
    }
}
