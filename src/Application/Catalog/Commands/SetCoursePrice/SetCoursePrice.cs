using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Catalog.Commands.SetCoursePrice;

/// <summary>Sets the price in fen (1/100 CNY); 0 makes the course free.</summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record SetCoursePriceCommand(Guid CourseId, long Price) : ICommand<CourseDto>;

internal sealed class SetCoursePriceCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<SetCoursePriceCommand, CourseDto>
{
    public async ValueTask<CourseDto> Handle(SetCoursePriceCommand command, CancellationToken cancellationToken)
    {
        var course = await db.ManagedCourseAsync(user, command.CourseId, cancellationToken);
        course.ChangePrice(Money.Fen(command.Price));
        return await db.SaveCourseAsync(course, cancellationToken);
    }
}
