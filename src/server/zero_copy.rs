//! Kept pages go into the socket without being copied, as nginx's
//! `sendfile` does. A kept body of [`MIN_MAPPED`] bytes or more lives in
//! a sealed memfd, mapped read-only: to everyone else (HTTP/2, the
//! compressors, the tests) it is still plain `Bytes`. [`Wire`], each
//! connection's transport, finds slices of such a mapping among what
//! hyper writes and lets the kernel send the file's pages (`sendfile`)
//! instead of copying the bytes (`writev`). At 64 connections, copying
//! a 55 KB page into sockets was 29% of the server's CPU (perf, Intel
//! Xeon).
//!
//! Linux only: elsewhere bodies stay on the heap and `Wire` only writes.

use bytes::Bytes;
use std::{
    io::{self, IoSlice},
    pin::Pin,
    task::{Context, Poll},
};
use tokio::{
    io::{AsyncRead, AsyncWrite, ReadBuf},
    net::TcpStream,
};

/// Smaller bodies are copied: a second system call costs more than
/// copying them. h2 writes a body 16 KiB at a time (its frames).
const MIN_MAPPED: usize = 16 << 10;
/// Slices shorter than this are not looked for among the mappings:
/// response heads and h2's frame headers are.
const MIN_LOOKED_UP: usize = 4 << 10;

/// `body`, moved into a sealed memfd when it is large enough and a file
/// descriptor can be spared; as it was otherwise.
pub fn mapped(body: Bytes) -> Bytes {
    #[cfg(target_os = "linux")]
    if body.len() >= MIN_MAPPED {
        return linux::mapped(body);
    }
    body
}

/// A connection's transport: a `TcpStream` whose writes of a mapped body
/// become `sendfile`.
pub struct Wire(TcpStream);

impl Wire {
    pub fn new(stream: TcpStream) -> Self {
        Self(stream)
    }
}

impl AsyncRead for Wire {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_read(cx, buf)
    }
}

impl AsyncWrite for Wire {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        self.poll_write_vectored(cx, &[IoSlice::new(buf)])
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        #[cfg(target_os = "linux")]
        if let Some(outgoing) = linux::Outgoing::find(bufs) {
            return outgoing.poll_send(&self.0, cx);
        }
        Pin::new(&mut self.0).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        true
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_shutdown(cx)
    }
}

#[cfg(target_os = "linux")]
mod linux {
    use super::{MIN_LOOKED_UP, MIN_MAPPED};
    use bytes::Bytes;
    use memmap2::Mmap;
    use rustix::{
        fs::{MemfdFlags, SealFlags},
        io::Errno,
        net::{SendAncillaryBuffer, SendFlags},
    };
    use std::{
        collections::BTreeMap,
        fs::File,
        io::{self, IoSlice, Write},
        os::fd::{AsRawFd, BorrowedFd, RawFd},
        sync::{
            atomic::{AtomicUsize, Ordering},
            OnceLock, PoisonError, RwLock,
        },
        task::{Context, Poll},
    };
    use tokio::{io::Interest, net::TcpStream};

    /// Every live mapping, by its first byte's address: its length and
    /// its file.
    static MAPPINGS: RwLock<BTreeMap<usize, (usize, RawFd)>> = RwLock::new(BTreeMap::new());
    /// Live mappings, each holding a file descriptor.
    static LIVE: AtomicUsize = AtomicUsize::new(0);
    /// Bytes sent from mapped files, for the tests.
    #[cfg(test)]
    pub static SENT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

    /// How many mappings may be live: a quarter of the open files the
    /// process may have, at most 4,096, so that connections never go
    /// without. The page caches (40 MiB) hold fewer bodies of 16 KiB.
    fn most() -> usize {
        static MOST: OnceLock<usize> = OnceLock::new();
        *MOST.get_or_init(|| {
            let files = rustix::process::getrlimit(rustix::process::Resource::Nofile)
                .current
                .unwrap_or(u64::MAX);
            usize::try_from(files / 4).unwrap_or(usize::MAX).min(4096)
        })
    }

    pub(super) fn mapped(body: Bytes) -> Bytes {
        let reserved = LIVE
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |live| {
                (live < most()).then_some(live + 1)
            })
            .is_ok();
        if !reserved {
            return body;
        }
        match Mapping::new(&body) {
            Ok(mapping) => Bytes::from_owner(mapping),
            Err(e) => {
                LIVE.fetch_sub(1, Ordering::AcqRel);
                tracing::debug!("a kept page stays on the heap: {e}");
                body
            }
        }
    }

    /// A body in a sealed memfd, mapped. Sealed, the file can never
    /// change again: what makes both its mapping a sound `&[u8]` and its
    /// pages safe to lend to sockets that send them after it is gone.
    struct Mapping {
        // Unmapped before its file is closed (fields drop in order).
        map: Mmap,
        _file: File,
    }

    impl Mapping {
        fn new(body: &[u8]) -> io::Result<Self> {
            let file = File::from(rustix::fs::memfd_create(
                "kept-page",
                MemfdFlags::CLOEXEC | MemfdFlags::ALLOW_SEALING,
            )?);
            (&file).write_all(body)?;
            rustix::fs::fcntl_add_seals(
                &file,
                SealFlags::SHRINK | SealFlags::GROW | SealFlags::WRITE | SealFlags::SEAL,
            )?;
            // SAFETY: a mapping read as a slice must not change under it;
            // this file is sealed against writes and resizing.
            let map = unsafe { Mmap::map(&file)? };
            write(&MAPPINGS).insert(map.as_ptr() as usize, (map.len(), file.as_raw_fd()));
            Ok(Self { map, _file: file })
        }
    }

    impl AsRef<[u8]> for Mapping {
        fn as_ref(&self) -> &[u8] {
            &self.map
        }
    }

    impl Drop for Mapping {
        fn drop(&mut self) {
            write(&MAPPINGS).remove(&(self.map.as_ptr() as usize));
            LIVE.fetch_sub(1, Ordering::AcqRel);
        }
    }

    fn write<T>(lock: &RwLock<T>) -> std::sync::RwLockWriteGuard<'_, T> {
        lock.write().unwrap_or_else(PoisonError::into_inner)
    }

    /// The start of a write: the slices before a mapped run, then the
    /// run, contiguous in one mapping.
    pub(super) struct Outgoing<'a, 'b> {
        head: &'a [IoSlice<'b>],
        run: &'a [IoSlice<'b>],
        file: BorrowedFd<'a>,
        offset: u64,
        len: usize,
    }

    impl<'a, 'b> Outgoing<'a, 'b> {
        /// The first run of at least `MIN_MAPPED` mapped bytes in `bufs`.
        pub(super) fn find(bufs: &'a [IoSlice<'b>]) -> Option<Self> {
            let (mut at, (base, end, fd)) = bufs
                .iter()
                .enumerate()
                .filter(|(_, slice)| slice.len() >= MIN_LOOKED_UP)
                .find_map(|(at, slice)| Some((at, lookup(slice)?)))?;
            // The rest of a slice a partial write began joins the run.
            while at > 0 && {
                let before = &bufs[at - 1];
                let from = before.as_ptr() as usize;
                from >= base && from + before.len() == bufs[at].as_ptr() as usize
            } {
                at -= 1;
            }
            let start = bufs[at].as_ptr() as usize;
            let (mut next, mut until) = (start, at);
            for slice in &bufs[at..] {
                let from = slice.as_ptr() as usize;
                if from != next || from + slice.len() > end {
                    break;
                }
                (next, until) = (from + slice.len(), until + 1);
            }
            (next - start >= MIN_MAPPED).then(|| Self {
                head: &bufs[..at],
                run: &bufs[at..until],
                // SAFETY: the slice borrowed from the mapping keeps it,
                // and so its file, open for as long as `bufs` lives.
                file: unsafe { BorrowedFd::borrow_raw(fd) },
                offset: (start - base) as u64,
                len: next - start,
            })
        }

        pub(super) fn poll_send(
            &self,
            socket: &TcpStream,
            cx: &mut Context<'_>,
        ) -> Poll<io::Result<usize>> {
            loop {
                std::task::ready!(socket.poll_write_ready(cx))?;
                match socket.try_io(Interest::WRITABLE, || self.send(socket)) {
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => continue,
                    sent => return Poll::Ready(sent),
                }
            }
        }

        /// The head, held back for the run (`MSG_MORE`), then the run from
        /// its file; how many bytes went, as `writev` would say.
        fn send(&self, socket: &TcpStream) -> io::Result<usize> {
            let send = |slices, flags| {
                rustix::net::sendmsg(socket, slices, &mut SendAncillaryBuffer::default(), flags)
            };
            let head: usize = self.head.iter().map(|s| s.len()).sum();
            if head > 0 {
                let sent = send(self.head, SendFlags::MORE)?;
                if sent < head {
                    return Ok(sent);
                }
            }
            let mut offset = self.offset;
            let run = match rustix::fs::sendfile(socket, self.file, Some(&mut offset), self.len) {
                Ok(sent) => {
                    #[cfg(test)]
                    SENT.fetch_add(sent as u64, Ordering::Relaxed);
                    Ok(sent)
                }
                // A kernel or a sandbox that refuses `sendfile`: the run
                // is copied after all.
                Err(Errno::INVAL | Errno::NOSYS | Errno::PERM | Errno::OPNOTSUPP) => {
                    send(self.run, SendFlags::empty())
                }
                Err(e) => Err(e),
            };
            match run {
                Ok(sent) => Ok(head + sent),
                // The head went: that is this write's progress, and the
                // next write meets the error again.
                Err(_) if head > 0 => Ok(head),
                Err(e) => Err(e.into()),
            }
        }
    }

    /// The mapping `slice` lies in: its first byte's and its end's
    /// addresses, and its file.
    fn lookup(slice: &IoSlice<'_>) -> Option<(usize, usize, RawFd)> {
        let from = slice.as_ptr() as usize;
        let mappings = MAPPINGS.read().unwrap_or_else(PoisonError::into_inner);
        let (&base, &(len, fd)) = mappings.range(..=from).next_back()?;
        (from + slice.len() <= base + len).then_some((base, base + len, fd))
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;
    use std::sync::atomic::Ordering;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    fn page(len: usize) -> Bytes {
        (0..len).map(|i| (i % 251) as u8).collect::<Vec<_>>().into()
    }

    #[test]
    fn a_large_body_is_mapped_with_the_same_bytes_and_a_small_one_is_not() {
        let large = page(100_000);
        let kept = mapped(large.clone());
        assert_eq!(kept, large);
        assert_ne!(kept.as_ptr(), large.as_ptr(), "copied into its file");
        let small = page(MIN_MAPPED - 1);
        assert_eq!(mapped(small.clone()).as_ptr(), small.as_ptr());
    }

    #[test]
    fn a_dropped_body_is_no_longer_sent_from_its_file() {
        let kept = mapped(page(MIN_MAPPED * 2));
        assert!(linux::Outgoing::find(&[IoSlice::new(&kept)]).is_some());
        let copy = kept.to_vec();
        drop(kept);
        assert!(linux::Outgoing::find(&[IoSlice::new(&copy)]).is_none());
    }

    /// A head, then a mapped body in hyper's 16 KiB slices, written to a
    /// reader slower than the writer: every byte arrives in order, and the
    /// body's went from its file.
    #[tokio::test]
    async fn a_slow_reader_gets_the_head_and_the_mapped_body_whole() {
        let body = mapped(page(1 << 20));
        let head = b"HTTP/1.1 200 OK\r\ncontent-length: 1048576\r\n\r\n".to_vec();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let client = tokio::spawn(async move {
            let socket = tokio::net::TcpSocket::new_v4().unwrap();
            socket.set_recv_buffer_size(4096).unwrap();
            let mut stream = socket.connect(address).await.unwrap();
            let (mut got, mut chunk) = (Vec::new(), vec![0; 7_000]);
            loop {
                match stream.read(&mut chunk).await.unwrap() {
                    0 => return got,
                    n => got.extend_from_slice(&chunk[..n]),
                }
                tokio::time::sleep(std::time::Duration::from_micros(200)).await;
            }
        });
        let (stream, _) = listener.accept().await.unwrap();
        rustix::net::sockopt::set_socket_send_buffer_size(&stream, 4096).unwrap();
        let mut wire = Wire::new(stream);
        let sent_before = linux::SENT.load(Ordering::Relaxed);
        let pieces: Vec<Bytes> = body.chunks(16 << 10).map(|c| body.slice_ref(c)).collect();
        let mut slices: Vec<IoSlice> = std::iter::once(IoSlice::new(&head))
            .chain(pieces.iter().map(|p| IoSlice::new(p)))
            .collect();
        let (mut slices, mut writes) = (&mut slices[..], 0);
        while !slices.is_empty() {
            let n = wire.write_vectored(slices).await.unwrap();
            assert!(n > 0);
            IoSlice::advance_slices(&mut slices, n);
            writes += 1;
        }
        assert!(writes > 10, "the socket took it in parts ({writes} writes)");
        wire.shutdown().await.unwrap();
        drop(wire);
        let got = client.await.unwrap();
        assert_eq!(got.len(), head.len() + body.len());
        assert_eq!(&got[..head.len()], &head[..]);
        assert!(got[head.len()..] == body[..], "the body arrived as it was");
        let from_file = linux::SENT.load(Ordering::Relaxed) - sent_before;
        assert!(
            from_file >= body.len() as u64 - (16 << 10),
            "{from_file} bytes from the file, {writes} writes"
        );
    }
}
