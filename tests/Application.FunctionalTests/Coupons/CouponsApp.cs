using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.FunctionalTests.Orders;
using KnowledgePay.Application.Pricing;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Pricing;
using KnowledgePay.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgePay.Application.FunctionalTests.Coupons;

/// <summary>
/// <see cref="OrdersApp"/> where concurrent requests may each act as a user of their own (<see cref="AsUserAsync{T}"/>),
/// with helpers to define coupons, resolve codes and hand order events to the coupon feature the way a save of an order would.
/// </summary>
public sealed class CouponsApp(bool onPostgreSql) : OrdersApp(onPostgreSql)
{
    private readonly AsyncLocal<Guid?> _ambientUser = new();

    public async Task<Coupon> AddCouponAsync(CouponDefinition definition)
    {
        var coupon = Coupon.Create(definition, Clock.GetUtcNow());
        await WithDbAsync(db =>
        {
            db.Coupons.Add(coupon);
            return db.SaveChangesAsync();
        });
        return coupon;
    }

    public async Task<IReadOnlyList<Guid>> AddUsersAsync(int count)
    {
        var now = DateTimeOffset.UtcNow;
        var users = Enumerable.Range(0, count)
            .Select(i => User.SignUp($"o_coupon_{i}_{Guid.NewGuid():N}", null, EncryptedSessionKey.Of("not-a-real-ciphertext", now), now))
            .ToList();
        await WithDbAsync(db =>
        {
            db.Users.AddRange(users);
            return db.SaveChangesAsync();
        });
        return [.. users.Select(u => u.Id)];
    }

    /// <summary>Runs <paramref name="work"/> as <paramref name="userId"/>, whoever the rest of the test is signed in as.</summary>
    public async Task<T> AsUserAsync<T>(Guid userId, Func<Task<T>> work)
    {
        _ambientUser.Value = userId;
        return await work();
    }

    /// <summary>What the pricing service would get for <paramref name="code"/>, in a scope that is never saved (as for a quote).</summary>
    public async Task<CouponTerms> ResolveAsync(Guid userId, string code)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ICouponTermsSource>()
            .ResolveAsync(userId, code, Clock.GetUtcNow(), CancellationToken.None);
    }

    /// <summary>
    /// Runs only the coupon feature's in-transaction handlers of <paramref name="domainEvent"/> and saves: the other features'
    /// handlers need the order and refund rows these tests do not build.
    /// </summary>
    public async Task<int> HandleAsCouponsAsync<TEvent>(TEvent domainEvent)
        where TEvent : IDomainEvent
    {
        await using var scope = Services.CreateAsyncScope();
        var handlers = scope.ServiceProvider.GetServices<INotificationHandler<TEvent>>()
            .Where(h => h.GetType().Namespace == "KnowledgePay.Application.Coupons.EventHandlers")
            .ToList();
        Assert.NotEmpty(handlers);
        foreach (var handler in handlers)
        {
            await handler.Handle(domainEvent, CancellationToken.None);
        }

        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
    }

    public Task<UserCoupon> CopyAsync(Guid userCouponId) =>
        WithDbAsync(db => db.UserCoupons.AsNoTracking().SingleAsync(u => u.Id == userCouponId));

    protected override void ConfigureServices(IServiceCollection services)
    {
        var signedIn = (ICurrentUser)services.Last(d => d.ServiceType == typeof(ICurrentUser)).ImplementationInstance!;
        services.RemoveAll<ICurrentUser>();
        services.AddSingleton<ICurrentUser>(new AmbientUser(_ambientUser, signedIn));
    }

    private sealed class AmbientUser(AsyncLocal<Guid?> ambient, ICurrentUser signedIn) : ICurrentUser
    {
        public Guid? Id => ambient.Value ?? signedIn.Id;

        public bool IsInRole(Role role) => ambient.Value is null && signedIn.IsInRole(role);
    }
}
