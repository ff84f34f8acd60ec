using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Coupons;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Coupons.Commands;

/// <summary>The checks createCoupon and updateCoupon share beyond the coupon's own rules: what the scope names exists, the code is free.</summary>
internal static class CouponDefinitions
{
    public static async Task<CouponDefinition> CheckedAsync(
        this IApplicationDbContext db, CouponFields fields, Guid? couponId, CancellationToken cancellationToken)
    {
        var definition = fields.ToDefinition();
        var categories = definition.Scope.CategoryIds;
        var knownCategories = await db.Categories.Where(c => categories.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        if (categories.Except(knownCategories).FirstOrDefault() is var category && category != Guid.Empty)
        {
            throw new NotFoundException(nameof(Category), category);
        }

        var courses = definition.Scope.CourseIds;
        var knownCourses = await db.Courses.Where(c => courses.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        if (courses.Except(knownCourses).FirstOrDefault() is var course && course != Guid.Empty)
        {
            throw new NotFoundException(nameof(Course), course);
        }

        var code = CouponCodes.Valid(definition.Code);
        if (code is not null && await db.Coupons.AnyAsync(c => c.Code == code && c.Id != couponId, cancellationToken))
        {
            throw CouponErrors.CodeTaken(code);
        }

        return definition;
    }
}
