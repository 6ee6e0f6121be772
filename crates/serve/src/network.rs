//! This machine's network addresses, for the address other desks open when
//! the server listens on all of them (`--listen 0.0.0.0:8080`): printing
//! `127.0.0.1` there would send a colleague to their own computer.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, UdpSocket};

/// The addresses another computer on the network can reach this one at:
/// every interface's IPv4 address (and IPv6 when `ipv6`), without loopback
/// and link-local ones. Empty if there is no network.
pub(crate) fn addresses(ipv6: bool) -> Vec<IpAddr> {
    let mut found: Vec<IpAddr> = interfaces()
        .into_iter()
        .filter(|ip| reachable(ip, ipv6))
        .collect();
    if found.is_empty() {
        found.extend(routed().filter(|ip| reachable(ip, ipv6)));
    }
    found.sort();
    found.dedup();
    found
}

/// Whether another machine can reach `ip`.
fn reachable(ip: &IpAddr, ipv6: bool) -> bool {
    match ip {
        IpAddr::V4(v4) => !v4.is_loopback() && !v4.is_link_local() && !v4.is_unspecified(),
        IpAddr::V6(v6) => {
            ipv6 && !v6.is_loopback() && !v6.is_unspecified() && !v6.is_unicast_link_local()
        }
    }
}

/// The address the system would send from to another network (no packet
/// is sent: connecting a UDP socket only picks a route).
fn routed() -> impl Iterator<Item = IpAddr> {
    UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))
        .and_then(|s| {
            s.connect((Ipv4Addr::new(192, 0, 2, 1), 9))?;
            s.local_addr()
        })
        .map(|a| a.ip())
        .into_iter()
}

/// Every interface's addresses (`getifaddrs`).
#[cfg(unix)]
fn interfaces() -> Vec<IpAddr> {
    let mut out = Vec::new();
    let mut list: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: getifaddrs fills `list` with a linked list that stays valid
    // until freeifaddrs; each entry's ifa_addr is null or points to a
    // sockaddr of the family it names, read here only as that family.
    unsafe {
        if libc::getifaddrs(&mut list) != 0 {
            return out;
        }
        let mut entry = list;
        while !entry.is_null() {
            let addr = (*entry).ifa_addr;
            if !addr.is_null() {
                match i32::from((*addr).sa_family) {
                    libc::AF_INET => {
                        let v4 = &*(addr as *const libc::sockaddr_in);
                        out.push(IpAddr::V4(Ipv4Addr::from(u32::from_be(v4.sin_addr.s_addr))));
                    }
                    libc::AF_INET6 => {
                        let v6 = &*(addr as *const libc::sockaddr_in6);
                        out.push(IpAddr::V6(Ipv6Addr::from(v6.sin6_addr.s6_addr)));
                    }
                    _ => {}
                }
            }
            entry = (*entry).ifa_next;
        }
        libc::freeifaddrs(list);
    }
    out
}

/// Every interface's addresses: not listed on this platform; the routed
/// address stands in.
#[cfg(not(unix))]
fn interfaces() -> Vec<IpAddr> {
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_loopback_address_is_offered_to_other_desks() {
        for ip in addresses(true) {
            assert!(!ip.is_loopback(), "{ip}");
        }
        assert!(!reachable(&IpAddr::V4(Ipv4Addr::LOCALHOST), false));
        assert!(!reachable(&"169.254.1.2".parse().unwrap(), false));
        assert!(reachable(&"192.168.1.20".parse().unwrap(), false));
        assert!(!reachable(&"fd00::1".parse().unwrap(), false));
    }
}
