namespace KnowledgePay.Domain.Common;

public abstract class Entity
{
    private readonly List<IDomainEvent> _domainEvents = [];

    protected Entity()
    {
        Id = Guid.CreateVersion7();
    }

    /// <summary>For an entity whose id others name before it is saved (a group its first order line opens).</summary>
    protected Entity(Guid id)
    {
        Id = id;
    }

    public Guid Id { get; private set; }

    /// <summary>The events raised since the last save; a method rather than a property so EF never maps it.</summary>
    public IReadOnlyList<IDomainEvent> DomainEvents() => _domainEvents.AsReadOnly();

    public void ClearDomainEvents() => _domainEvents.Clear();

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);
}
